#pragma once

#include "analysis.h"

#include <QTreeWidget>

namespace al {

// A compact list of what the analysis found, for the docks until the actor panel and the
// timeline replace them: names grouped by type with their mention counts, or dates in text
// order with their values in words. Activating a row asks the window to show that text.
class SpanListPanel : public QTreeWidget
{
    Q_OBJECT

public:
    enum class Mode { Names, Dates };
    explicit SpanListPanel(Mode mode, QWidget *parent = nullptr);

    void showAnalysis(const Analysis &analysis);
    void clearPanel(const QString &message);

Q_SIGNALS:
    void spanActivated(const QString &key, int start, int end);

private:
    Mode m_mode;
};

} // namespace al
