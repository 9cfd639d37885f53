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

ActorModel::Contents ActorModel::build(const Analysis &analysis)
{
    Contents c;
    c.rows.reserve(analysis.actors.size());
    for (const Actor &a : analysis.actors) {
        Contents::Row r;
        r.actor = a;
        r.actor.mentions.squeeze();
        QStringList sub;
        if (!a.roles.isEmpty())
            sub << a.roles.first();
        if (!a.affiliation.isEmpty())
            sub << a.affiliation;
        r.subtitle = sub.join(QStringLiteral(" · "));
        r.search = QStringList{a.name, a.aliases.join(QLatin1Char(' ')), a.roles.join(QLatin1Char(' ')),
                               a.affiliation}
                       .join(QLatin1Char(' '));
        r.mentions = mentionCount(a);
        c.rows << r;
    }
    // The name order once, with the locale's collation, so sorting compares integers.
    QVector<int> byName(c.rows.size());
    for (int i = 0; i < byName.size(); ++i)
        byName[i] = i;
    std::stable_sort(byName.begin(), byName.end(), [&c](int x, int y) {
        return QString::localeAwareCompare(c.rows[x].actor.name, c.rows[y].actor.name) < 0;
    });
    for (int k = 0; k < byName.size(); ++k)
        c.rows[byName[k]].nameOrder = k;
    for (const QString &type : groupTypes()) {
        Contents::Group g;
        g.type = type;
        for (int i = 0; i < c.rows.size(); ++i)
            if (groupOf(c.rows[i].actor.type) == type) {
                c.where.insert(c.rows[i].actor.id, {int(c.groups.size()), int(g.actors.size())});
                g.actors << i;
                g.mentions += c.rows[i].mentions;
            }
        if (!g.actors.isEmpty())
            c.groups << g;
    }
    return c;
}

void ActorModel::setContents(Contents contents)
{
    beginResetModel();
    m_contents = std::move(contents);
    endResetModel();
}

void ActorModel::setAnalysis(const Analysis &analysis)
{
    setContents(build(analysis));
}

void ActorModel::clear()
{
    setContents(Contents());
}

const Actor *ActorModel::actor(const QString &id) const
{
    const auto it = m_contents.where.constFind(id);
    if (it == m_contents.where.cend())
        return nullptr;
    return &m_contents.rows[m_contents.groups[it->first].actors[it->second]].actor;
}

QModelIndex ActorModel::indexOf(const QString &actorId, int column) const
{
    const auto it = m_contents.where.constFind(actorId);
    if (it == m_contents.where.cend())
        return QModelIndex();
    return createIndex(it->second, column, quintptr(it->first + 1));
}

const ActorModel::Contents::Row *ActorModel::rowAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return nullptr;
    const Contents::Group &g = m_contents.groups[int(index.internalId() - 1)];
    return &m_contents.rows[g.actors[index.row()]];
}

int ActorModel::mentionsAt(const QModelIndex &index) const
{
    const Contents::Row *r = rowAt(index);
    return r ? r->mentions : -1;
}

int ActorModel::nameOrderAt(const QModelIndex &index) const
{
    const Contents::Row *r = rowAt(index);
    return r ? r->nameOrder : -1;
}

QModelIndex ActorModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return QModelIndex();
    if (!parent.isValid())
        return row < m_contents.groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_contents.groups.size())
        return QModelIndex();
    if (row >= m_contents.groups[parent.row()].actors.size())
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
        return int(m_contents.groups.size());
    if (parent.internalId() == 0 && parent.column() == 0 && parent.row() < m_contents.groups.size())
        return int(m_contents.groups[parent.row()].actors.size());
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
        const Contents::Group &g = m_contents.groups[index.row()];
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
        case MentionsRole: return g.mentions;
        case SearchRole: return QString();
        default: return QVariant();
        }
    }
    const Contents::Row &r = *rowAt(index);
    const Actor &a = r.actor;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == MentionsColumn)
            return r.mentions;
        return a.name;
    case Qt::AccessibleTextRole:
        return r.subtitle.isEmpty()
                   ? a.name
                   : a.name + QStringLiteral(", ") +
                         QString(r.subtitle).replace(QStringLiteral(" · "), QStringLiteral(", "));
    case Qt::DecorationRole: return index.column() == NameColumn ? typeIcon(a.type) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == MentionsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole: {
        QString tip =
            QStringLiteral("<b>%1</b> — %2").arg(a.name.toHtmlEscaped(), EntityPalette::label(a.type));
        for (const QString &role : a.roles)
            tip += QStringLiteral("<br><i>%1</i>").arg(role.toHtmlEscaped());
        if (!a.affiliation.isEmpty())
            tip += QStringLiteral("<br>%1").arg(a.affiliation.toHtmlEscaped());
        if (!a.aliases.isEmpty())
            tip += tr("<br>Also: %1").arg(a.aliases.join(QStringLiteral(", ")).toHtmlEscaped());
        tip += tr("<br>%n mention(s)", nullptr, r.mentions);
        return tip;
    }
    case ActorIdRole: return a.id;
    case TypeRole: return a.type;
    case MentionsRole: return r.mentions;
    case SubtitleRole: return r.subtitle;
    case SearchRole: return r.search;
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
