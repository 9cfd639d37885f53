#include "correctioncommand.h"

namespace al {

CorrectionCommand::CorrectionCommand(CorrectionStep step, QUndoCommand *parent)
    : QUndoCommand(step.text, parent), m_step(std::move(step))
{}

} // namespace al
