package se.styr.cluster;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

/**
 * The name this running node goes by in the lease rows: its host, its process and a random part (a
 * restarted process on the same host and with the same number is another node).
 */
final class NodeName {
  private static final String NAME = make();

  private NodeName() {}

  static String get() {
    return NAME;
  }

  private static String make() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (UnknownHostException e) {
      host = "unknown-host";
    }
    long pid = ManagementFactory.getRuntimeMXBean().getPid();
    String name = host + "/" + pid + "/" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() > 200 ? name.substring(name.length() - 200) : name;
  }
}
