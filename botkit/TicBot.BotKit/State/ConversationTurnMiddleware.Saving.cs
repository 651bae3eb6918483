using Microsoft.Extensions.Logging;
using TicBot.BotKit.Builder;
using TicBot.BotKit.Logging;
using TicBot.BotKit.Storage;

namespace TicBot.BotKit.State;

/// <summary>The turn's save over several documents, all or nothing.</summary>
public sealed partial class ConversationTurnMiddleware
{
    /// <summary>
    /// Saves every state the turn changed, all or nothing: documents that only prove the cache go first (nothing to
    /// undo), then changed ones; when one conflicts, those already written are put back before the conflict surfaces,
    /// so the re-run starts from the documents as they were and never meets its own half-saved changes.
    /// </summary>
    private async Task SaveAllAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var plans = _states.Select(s => s.PlanSave(turnContext, force: false)).OfType<SavePlan>().OrderBy(p => p.Changed).ToList();
        var written = new List<SavePlan>();
        foreach (var plan in plans)
        {
            try
            {
                await plan.State.ExecuteAsync(turnContext, plan, cancellationToken);
            }
            catch (StorageConflictException) when (written.Exists(p => p.Changed))
            {
                await UndoAsync(turnContext, written, cancellationToken);
                throw;
            }

            written.Add(plan);
        }
    }

    private async Task UndoAsync(ITurnContext turnContext, List<SavePlan> written, CancellationToken cancellationToken)
    {
        foreach (var plan in written.Where(p => p.Changed))
        {
            try
            {
                await plan.State.UndoAsync(turnContext, plan, cancellationToken);
            }
            catch (StorageConflictException ex)
            {
                // Another turn already built on our change: it stays, and its marker keeps this message from running twice.
                _logger.LogError(ex, "Turn of {ConversationId} saved {Key} but not the documents after it, and could not undo it",
                    LogIds.Conversation(turnContext.Activity.Conversation?.Id), LogIds.Key(ex.Key));
            }
        }
    }
}
