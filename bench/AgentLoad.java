import com.sun.tools.attach.VirtualMachine;

/**
 * Loads a native agent into a running JVM with options, for the bench scripts: {@code java bench/AgentLoad.java PID
 * LIBRARY OPTIONS}. jcmd's {@code JVMTI.agent_load} answers async-profiler's start and stop with return code 100 and
 * no profile; the attach API passes the options as the agent expects them.
 */
public class AgentLoad {

    public static void main(String[] args) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(args[0]);
        try {
            vm.loadAgentPath(args[1], args[2]);
        } finally {
            vm.detach();
        }
    }
}
