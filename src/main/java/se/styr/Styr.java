package se.styr;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import se.styr.cli.Cli;

/** Starts the web application, or runs a command line command when one is given. */
@SpringBootApplication
public class Styr {
  public static void main(String[] args) {
    if (Cli.isCommand(args)) {
      System.exit(Cli.run(args, System.out, System.err, Styr.class));
    }
    SpringApplication.run(Styr.class, args);
  }
}
