#pragma once

#include <QString>

namespace al {

// Recognises site boilerplate that follows an article body: a heading such as "Articles You
// May Like", "Related", "Read more", "More from ...", "Share this article", followed by link
// lists. Every reader passes its body text through split(); the tail is kept, never analysed.
class Boilerplate
{
public:
    struct Split
    {
        QString body;
        QString tail;
    };
    // `text` has paragraphs separated by blank lines.
    static Split split(const QString &text);
    // True when one line (a paragraph or heading) reads like a boilerplate heading or prompt.
    static bool isBoilerplateHeading(const QString &line);
};

} // namespace al
