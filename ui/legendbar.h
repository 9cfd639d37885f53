#pragma once

#include <QHash>
#include <QSet>
#include <QToolBar>

class QAction;

namespace al {

// The legend of highlight colours in the toolbar: one checkable swatch per type (Person,
// Organisation, Place, Other, Date) with its count in the article. Unchecking a type hides its
// highlights.
class LegendBar : public QToolBar
{
    Q_OBJECT

public:
    explicit LegendBar(QWidget *parent = nullptr);

    void setCounts(const QHash<QString, int> &counts);
    QSet<QString> hiddenTypes() const;
    QAction *actionFor(const QString &type) const { return m_actions.value(type); }
    // The colour swatch of a type, as the legend and the export dialog show it.
    static QIcon swatch(const QColor &color);

Q_SIGNALS:
    void hiddenTypesChanged(const QSet<QString> &hidden);

private:
    QHash<QString, QAction *> m_actions;
};

} // namespace al
