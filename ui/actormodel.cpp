#include "actormodel.h"

#include "palette.h"

#include <QFont>
#include <QIcon>
#include <QPainter>
#include <QPixmap>

namespace al {

namespace {

QIcon typeIcon(const QString &type)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.constFind(type);
    if (it != cache.cend())
        return *it;
    QIcon icon;
    for (int size : {12, 16, 24, 32}) {
        QPixmap pm(size, size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        p.setRenderHint(QPainter::Antialiasing);
        const QColor c = EntityPalette::base(type);
        p.setPen(QPen(c.darker(130), 1));
        p.setBrush(c);
        p.drawEllipse(QRectF(1.5, 1.5, size - 3, size - 3));
        p.end();
        icon.addPixmap(pm);
    }
    cache.insert(type, icon);
    return icon;
}

int mentionCount(const Actor &a)
{
    return int(a.mentions.size() + a.references.size());
}

} // namespace

ActorModel::ActorModel(QObject *parent) : QAbstractItemModel(parent) {}

QStringList ActorModel::groupTypes()
{
    return {QStringLiteral("PERSON"), QStringLiteral("ORGANIZATION"), QStringLiteral("LOCATION"),
            QStringLiteral("MISC")};
}

QString ActorModel::groupOf(const QString &type)
{
    return groupTypes().contains(type) ? type : QStringLiteral("MISC");
}

QString ActorModel::groupLabel(const QString &type)
{
    if (type == QLatin1String("PERSON"))
        return tr("People");
    if (type == QLatin1String("ORGANIZATION"))
        return tr("Organisations");
    if (type == QLatin1String("LOCATION"))
        return tr("Places");
    return tr("Other");
}

void ActorModel::setAnalysis(const Analysis &analysis)
{
    beginResetModel();
    m_actors = analysis.actors;
    m_groups.clear();
    for (const QString &type : groupTypes()) {
        Group g;
        g.type = type;
        for (int i = 0; i < m_actors.size(); ++i)
            if (groupOf(m_actors[i].type) == type)
                g.actors << i;
        if (!g.actors.isEmpty())
            m_groups << g;
    }
    endResetModel();
}

void ActorModel::clear()
{
    beginResetModel();
    m_actors.clear();
    m_groups.clear();
    endResetModel();
}

const Actor *ActorModel::actor(const QString &id) const
{
    for (const Actor &a : m_actors)
        if (a.id == id)
            return &a;
    return nullptr;
}

QModelIndex ActorModel::indexOf(const QString &actorId, int column) const
{
    for (int g = 0; g < m_groups.size(); ++g)
        for (int r = 0; r < m_groups[g].actors.size(); ++r)
            if (m_actors[m_groups[g].actors[r]].id == actorId)
                return createIndex(r, column, quintptr(g + 1));
    return QModelIndex();
}

QModelIndex ActorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size())
        return QModelIndex();
    if (row >= m_groups[parent.row()].actors.size())
        return QModelIndex();
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ActorModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return QModelIndex();
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ActorModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() < m_groups.size())
        return int(m_groups[parent.row()].actors.size());
    return 0;
}

int ActorModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ActorModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    if (index.internalId() == 0) {
        const Group &g = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == NameColumn)
                return tr("%1 (%2)").arg(groupLabel(g.type)).arg(g.actors.size());
            return QVariant();
        case Qt::FontRole: {
            QFont f;
            f.setBold(true);
            return f;
        }
        case TypeRole: return g.type;
        case GroupOrderRole: return groupTypes().indexOf(g.type);
        case MentionsRole: {
            int n = 0;
            for (int i : g.actors)
                n += mentionCount(m_actors[i]);
            return n;
        }
        case SearchRole: return QString();
        default: return QVariant();
        }
    }
    const Group &g = m_groups[int(index.internalId() - 1)];
    const Actor &a = m_actors[g.actors[index.row()]];
    QStringList sub;
    if (!a.roles.isEmpty())
        sub << a.roles.first();
    if (!a.affiliation.isEmpty())
        sub << a.affiliation;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MentionsColumn)
            return mentionCount(a);
        return a.name;
    case Qt::AccessibleTextRole:
        return sub.isEmpty() ? a.name : a.name + QStringLiteral(", ") + sub.join(QStringLiteral(", "));
    case Qt::DecorationRole: return index.column() == NameColumn ? typeIcon(a.type) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == MentionsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        QString tip =
            QStringLiteral("<b>%1</b> — %2").arg(a.name.toHtmlEscaped(), EntityPalette::label(a.type));
        for (const QString &r : a.roles)
            tip += QStringLiteral("<br><i>%1</i>").arg(r.toHtmlEscaped());
        if (!a.affiliation.isEmpty())
            tip += QStringLiteral("<br>%1").arg(a.affiliation.toHtmlEscaped());
        if (!a.aliases.isEmpty())
            tip += tr("<br>Also: %1").arg(a.aliases.join(QStringLiteral(", ")).toHtmlEscaped());
        tip += tr("<br>%n mention(s)", nullptr, mentionCount(a));
        return tip;
    }
    case ActorIdRole: return a.id;
    case TypeRole: return a.type;
    case MentionsRole: return mentionCount(a);
    case SubtitleRole: return sub.join(QStringLiteral(" · "));
    case SearchRole:
        return QStringList{a.name, a.aliases.join(QLatin1Char(' ')), a.roles.join(QLatin1Char(' ')),
                           a.affiliation}
            .join(QLatin1Char(' '));
    default: return QVariant();
    }
}

QVariant ActorModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    return section == NameColumn ? tr("Actor") : tr("Mentions");
}

Qt::ItemFlags ActorModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == 0)
        return Qt::ItemIsEnabled; // a heading: not selectable
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace al
