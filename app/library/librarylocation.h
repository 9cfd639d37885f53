#pragma once

#include <QString>

namespace al {

// Where the library of every article read is kept unless the user names another file: the
// user's data folder, shared by the window and the command line. Apart from Library (Qt SQL)
// so that the light command line's --help can name it without linking the database.
class LibraryLocation
{
public:
    // ~/.local/share/articlelens/library.sqlite
    static QString defaultPath();
};

} // namespace al
