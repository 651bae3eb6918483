namespace TicBot.Methodology.Projects;

public sealed partial class Project
{
    /// <summary>The name shown instead of a person who asked to be erased.</summary>
    public const string ErasedPersonName = "—";

    /// <summary>True when the project holds anything about <paramref name="userId"/>: membership, ticks, history, decision.</summary>
    public bool Involves(string userId) =>
        FindMember(userId) is not null
        || OwnerId == userId
        || _ticks.Exists(t => t.ById == userId)
        || _history.Exists(h => h.ActorId == userId)
        || Decision?.DecidedById == userId;

    /// <summary>
    /// Right to erasure without losing traceability: the person's id and name are replaced by
    /// <paramref name="pseudonymId"/> and <see cref="ErasedPersonName"/> wherever the project records them
    /// (membership, ticks, history, decision). A member who was not the owner leaves the project; the owner's
    /// place stays, pseudonymised, since a project keeps exactly one owner. What was done stays recorded; who did
    /// it no longer is. Names typed as free text (committee members, rationales) are the team's to edit.
    /// </summary>
    /// <returns>False when the project held nothing about the person.</returns>
    public bool ErasePerson(string userId, string pseudonymId, DateTimeOffset at)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentException.ThrowIfNullOrWhiteSpace(pseudonymId);
        if (!Involves(userId))
        {
            return false;
        }

        var name = FindMember(userId)?.Name;
        if (OwnerId == userId)
        {
            OwnerId = pseudonymId;
            _members = [.. _members.Select(m => m.UserId == userId ? m with { UserId = pseudonymId, Name = ErasedPersonName } : m)];
        }
        else
        {
            _members.RemoveAll(m => m.UserId == userId);
        }

        _ticks = [.. _ticks.Select(t => t.ById == userId ? t with { ById = pseudonymId, ByName = ErasedPersonName } : t)];
        _history = [.. _history.Select(h => Pseudonymise(h, userId, name, pseudonymId))];
        if (Decision?.DecidedById == userId)
        {
            Decision = Decision with { DecidedById = pseudonymId, DecidedByName = ErasedPersonName };
        }

        Record(new Actor(pseudonymId, ErasedPersonName), at, HistoryAction.PersonErased);
        return true;
    }

    private static HistoryEntry Pseudonymise(HistoryEntry entry, string userId, string? name, string pseudonymId)
    {
        var namedInSubject = name is not null && entry.Subject == name
            && entry.Action is HistoryAction.MemberAdded or HistoryAction.MemberChanged or HistoryAction.MemberRemoved;
        return entry.ActorId == userId || namedInSubject
            ? entry with
            {
                ActorId = entry.ActorId == userId ? pseudonymId : entry.ActorId,
                ActorName = entry.ActorId == userId ? ErasedPersonName : entry.ActorName,
                Subject = namedInSubject ? ErasedPersonName : entry.Subject,
            }
            : entry;
    }
}
