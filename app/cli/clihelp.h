#pragma once

#include <QString>

namespace al {

// The text of `articlelens-cli --help`: every command, each mode's part beside the others. In
// a class of its own, with Qt Core alone, so that the light command line prints it without the
// modes that need Qt Gui or Qt SQL.
class CliHelp
{
public:
    static QString text();

private:
    static QString correct();
    static QString exportFormats();
    static QString batch();
    static QString library();
};

} // namespace al
