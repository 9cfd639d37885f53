#include "spanlistpanel.h"

#include "articleview.h"
#include "palette.h"

#include <QHeaderView>
#include <QMap>

namespace al {

namespace {

enum Role { KeyRole = Qt::UserRole + 1, StartRole, EndRole };

} // namespace

SpanListPanel::SpanListPanel(Mode mode, QWidget *parent) : QTreeWidget(parent), m_mode(mode)
{
    setRootIsDecorated(mode == Mode::Names);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    if (mode == Mode::Names) {
        setHeaderLabels({tr("Name"), tr("Mentions")});
        header()->setSectionResizeMode(0, QHeaderView::Stretch);
        header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    } else {
        setHeaderLabels({tr("Date in the text"), tr("Means"), tr("Value")});
        header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
        header()->setSectionResizeMode(1, QHeaderView::Stretch);
        header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    }
    header()->setStretchLastSection(false);
    auto activate = [this](QTreeWidgetItem *item) {
        if (item && item->data(0, StartRole).isValid())
            Q_EMIT spanActivated(item->data(0, KeyRole).toString(), item->data(0, StartRole).toInt(),
                                 item->data(0, EndRole).toInt());
    };
    connect(this, &QTreeWidget::itemActivated, this, activate);
    connect(this, &QTreeWidget::itemClicked, this, activate);
}

void SpanListPanel::clearPanel(const QString &message)
{
    clear();
    if (!message.isEmpty()) {
        auto *item = new QTreeWidgetItem(this, {message});
        item->setFlags(Qt::NoItemFlags);
    }
}

void SpanListPanel::showAnalysis(const Analysis &analysis)
{
    clear();
    if (m_mode == Mode::Names) {
        if (analysis.entities.isEmpty()) {
            clearPanel(tr("No names found"));
            return;
        }
        // type → name → (count, first entity)
        QMap<QString, QMap<QString, QPair<int, const Entity *>>> groups;
        for (const Entity &e : analysis.entities) {
            QString name = e.text;
            if (const Actor *a = analysis.actor(e.actor))
                name = a->name;
            auto &slot = groups[e.type][name];
            if (slot.first++ == 0)
                slot.second = &e;
        }
        for (const QString &type : EntityPalette::types()) {
            if (!groups.contains(type))
                continue;
            const auto &names = groups[type];
            auto *top = new QTreeWidgetItem(this, {QStringLiteral("%1 (%2)").arg(EntityPalette::label(type)).arg(names.size())});
            top->setForeground(0, EntityPalette::base(type));
            QFont f = top->font(0);
            f.setBold(true);
            top->setFont(0, f);
            QVector<QPair<int, QString>> order;
            for (auto it = names.begin(); it != names.end(); ++it)
                order.append({-it.value().first, it.key()});
            std::sort(order.begin(), order.end());
            for (const auto &[negCount, name] : order) {
                const Entity *e = names[name].second;
                auto *item = new QTreeWidgetItem(top, {name, QString::number(-negCount)});
                item->setData(0, KeyRole, e->actor.isEmpty() ? e->id : e->actor);
                item->setData(0, StartRole, e->start);
                item->setData(0, EndRole, e->end);
                item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
            }
            top->setExpanded(true);
        }
    } else {
        if (analysis.timexes.isEmpty()) {
            clearPanel(tr("No dates found"));
            return;
        }
        for (const Timex &t : analysis.timexes) {
            auto *item = new QTreeWidgetItem(this, {t.text, ArticleView::describeValue(t), t.value});
            item->setData(0, KeyRole, t.id);
            item->setData(0, StartRole, t.start);
            item->setData(0, EndRole, t.end);
        }
    }
}

} // namespace al
