#pragma once

#include <QStyledItemDelegate>

namespace al {

// Draws an actor row of the side panel on two lines: the name, and under it in a quieter
// colour its role and side (ActorModel::SubtitleRole). Other rows are drawn as usual.
class ActorDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace al
