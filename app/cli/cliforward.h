#pragma once

namespace al {

// Hands a command line to the full program, articlelens-cli-full, which links every part of
// the engine (Qt Gui, Qt SQL, poppler, Graphviz): the light articlelens-cli starts without them
// and replaces itself with the full program (exec) for what it does not run, with the same
// arguments, standard streams and environment, so the caller sees the full program's output and
// exit code. The full program is beside the light one in a build folder, and in
// libexec/articlelens/ when installed.
class CliForward
{
public:
    // Returns only when the full program could not be started: then with exit code 1 after a
    // message on stderr. `argv` is main's, untouched by QCoreApplication.
    static int exec(char *argv[]);
};

} // namespace al
