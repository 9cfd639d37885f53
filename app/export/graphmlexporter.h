#pragma once

#include "analysis.h"

#include <QByteArray>

namespace al {

// The actors and their relationships as GraphML (http://graphml.graphdrawing.org), which Gephi,
// yEd, Cytoscape and networkx open: a directed graph with one node per actor (label, type, side,
// roles, aliases, mention count, note) and one edge per relation (label, kind, negated, the
// sentence that says so). Attribute keys are declared with their types, so tools show them as
// columns.
class GraphMlExporter
{
public:
    static QByteArray render(const Analysis &analysis);
};

} // namespace al
