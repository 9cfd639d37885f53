#include "actordelegate.h"

#include "actormodel.h"

#include <QApplication>
#include <QPainter>

namespace al {

namespace {

bool twoLines(const QModelIndex &index)
{
    return index.column() == ActorModel::NameColumn &&
           !index.data(ActorModel::SubtitleRole).toString().isEmpty();
}

} // namespace

void ActorDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    if (!twoLines(index)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString name = opt.text;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const QRect textRect =
        style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(2, 0, -2, 0);
    const QFontMetrics fm(opt.font);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup cg =
        (opt.state & QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text = opt.palette.color(cg, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor quiet = text;
    quiet.setAlphaF(selected ? 0.85 : 0.6);
    QFont small = opt.font;
    small.setPointSizeF(opt.font.pointSizeF() * 0.88);
    const QFontMetrics sfm(small);
    const int top = textRect.top() + (textRect.height() - fm.height() - sfm.height()) / 2;

    painter->save();
    painter->setFont(opt.font);
    painter->setPen(text);
    painter->drawText(QRect(textRect.left(), top, textRect.width(), fm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(name, Qt::ElideRight, textRect.width()));
    painter->setFont(small);
    painter->setPen(quiet);
    const QString sub = index.data(ActorModel::SubtitleRole).toString();
    painter->drawText(QRect(textRect.left(), top + fm.height(), textRect.width(), sfm.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      sfm.elidedText(sub, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize ActorDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    // Every actor row gets the height of two lines, so rows line up with or without a subtitle.
    if (index.parent().isValid()) {
        QFont small = option.font;
        small.setPointSizeF(option.font.pointSizeF() * 0.88);
        s.setHeight(qMax(s.height(), QFontMetrics(option.font).height() + QFontMetrics(small).height() + 6));
    }
    return s;
}

} // namespace al
