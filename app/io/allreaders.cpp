#include "readerregistry.h"

#include "markdownreader.h"
#include "pdfreader.h"

namespace al {

// The one place readers are registered: adding a format is one reader class plus one line here
// (or in ReaderRegistry::coreOnlyReaders, for a reader that needs Qt Core alone).
const ReaderRegistry &ReaderRegistry::instance()
{
    static const ReaderRegistry registry([] {
        std::vector<std::unique_ptr<ArticleReader>> readers = coreOnlyReaders();
        readers.push_back(std::make_unique<MarkdownReader>());
        readers.push_back(std::make_unique<PdfReader>());
        return readers;
    }());
    return registry;
}

} // namespace al
