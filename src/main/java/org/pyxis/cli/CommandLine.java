package org.pyxis.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code pyxis} command line, parsed with CPython's rules: single-letter options may be
 * clustered ({@code -bB}), {@code -c} and {@code -m} end the option list, an option taking an
 * argument takes the rest of its word or the next word, and the first non-option word is the
 * script whose arguments follow.
 */
record CommandLine(
        Action action,
        /** Source for -c, module for -m, file name for a script, null for stdin. */
        String target,
        /** What becomes sys.argv: the script (or "-c", "-m", "-", "") and its arguments. */
        List<String> argv,
        List<String> xOptions,
        List<String> warnOptions,
        int versionLevel) {

    enum Action {
        RUN_COMMAND,
        RUN_MODULE,
        RUN_FILE,
        RUN_STDIN,
        HELP,
        VERSION
    }

    /** A usage mistake: CPython prints the message, the usage line and a hint, and exits with 2. */
    static final class UsageError extends Exception {
        UsageError(String message) {
            super(message, null, false, false);
        }
    }

    /** Options that take no argument and that Pyxis accepts (most have no effect yet). */
    private static final String FLAGS = "bBdEiIOPqsSuvx";

    static CommandLine parse(String[] args) throws UsageError {
        List<String> xOptions = new ArrayList<>();
        List<String> warnOptions = new ArrayList<>();
        int version = 0;
        boolean help = false;
        int i = 0;
        while (i < args.length) {
            String arg = args[i];
            if (!arg.startsWith("-") || arg.equals("-")) {
                break;
            }
            i++;
            if (arg.equals("--")) {
                break;
            }
            if (arg.startsWith("--")) {
                switch (arg) {
                    case "--version" -> version++;
                    case "--help", "--help-env", "--help-xoptions", "--help-all" -> help = true;
                    case "--check-hash-based-pycs" -> {
                        if (i >= args.length) {
                            throw new UsageError("Argument expected for the --check-hash-based-pycs option");
                        }
                        i++;
                    }
                    default -> throw new UsageError("unknown option " + arg);
                }
                continue;
            }
            for (int j = 1; j < arg.length(); j++) {
                char c = arg.charAt(j);
                if (c == 'c' || c == 'm' || c == 'X' || c == 'W') {
                    String value;
                    if (j + 1 < arg.length()) {
                        value = arg.substring(j + 1);
                    } else if (i < args.length) {
                        value = args[i++];
                    } else {
                        throw new UsageError("Argument expected for the -" + c + " option");
                    }
                    if (c == 'c') {
                        return new CommandLine(Action.RUN_COMMAND, value, argvFrom("-c", args, i), xOptions,
                                warnOptions, version);
                    } else if (c == 'm') {
                        return new CommandLine(Action.RUN_MODULE, value, argvFrom("-m", args, i), xOptions,
                                warnOptions, version);
                    } else if (c == 'X') {
                        xOptions.add(value);
                    } else {
                        warnOptions.add(value);
                    }
                    break;
                } else if (c == 'h' || c == '?') {
                    help = true;
                } else if (c == 'V') {
                    version++;
                } else if (FLAGS.indexOf(c) < 0) {
                    throw new UsageError("Unknown option: -" + c);
                }
            }
        }
        if (help) {
            return new CommandLine(Action.HELP, null, List.of(), xOptions, warnOptions, version);
        }
        if (version > 0) {
            return new CommandLine(Action.VERSION, null, List.of(), xOptions, warnOptions, version);
        }
        if (i < args.length && !args[i].equals("-")) {
            return new CommandLine(Action.RUN_FILE, args[i], argvFrom(args[i], args, i + 1), xOptions,
                    warnOptions, version);
        }
        String first = i < args.length ? "-" : "";
        return new CommandLine(Action.RUN_STDIN, null, argvFrom(first, args, Math.min(i + 1, args.length)),
                xOptions, warnOptions, version);
    }

    private static List<String> argvFrom(String first, String[] args, int rest) {
        List<String> argv = new ArrayList<>();
        argv.add(first);
        for (int k = rest; k < args.length; k++) {
            argv.add(args[k]);
        }
        return List.copyOf(argv);
    }

    boolean hasXOption(String name) {
        return xOptions.contains(name);
    }
}
