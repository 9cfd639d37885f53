#pragma once

#include "correction.h"

#include <QUndoCommand>

namespace al {

// One entry of a document's undo stack: a step of corrections, named in words. Corrections are a
// layer over the automatic analysis, so undoing or redoing one changes nothing in place: the
// ReadingDocument that owns the stack applies the steps below the stack's index to the automatic
// analysis again (or just the newest one, going forward). That keeps undo exact for every kind
// of correction, and lets the same steps be re-applied to a new analysis.
class CorrectionCommand : public QUndoCommand
{
public:
    explicit CorrectionCommand(CorrectionStep step, QUndoCommand *parent = nullptr);

    const CorrectionStep &step() const { return m_step; }

    // The stack's index tells the document what is applied; there is nothing to do in place.
    void undo() override {}
    void redo() override {}

private:
    CorrectionStep m_step;
};

} // namespace al
