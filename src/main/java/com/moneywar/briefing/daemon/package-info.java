/**
 * The build daemon: a JVM kept warm in the background, so that {@code build} and {@code check}
 * after an edit skip the seconds a fresh JVM spends starting and compiling our code. Started and
 * stopped by hand ({@code briefing daemon start|stop|status}); one per working folder, jar, Java
 * and environment, reached through a Unix-domain socket in a folder only its user may enter.
 * Nothing here knows the commands it runs: the command line hands the server a {@link
 * com.moneywar.briefing.daemon.DaemonServer.Runner}.
 */
package com.moneywar.briefing.daemon;
