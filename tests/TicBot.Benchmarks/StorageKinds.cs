namespace TicBot.Benchmarks;

/// <summary>The document a storage request touched.</summary>
internal enum StorageDocument
{
    /// <summary>Conversation or user state (<c>{channel}/conversations/…</c>, <c>{channel}/users/…</c>).</summary>
    State,

    /// <summary>A project document (<c>{channel}/projects/…</c>).</summary>
    Project,

    /// <summary>The container itself (creation, listing).</summary>
    Container,
}

/// <summary>What a storage request did.</summary>
internal enum StorageOperation
{
    Read,
    Write,
    List,
    Other,
}

/// <summary>The kind of turn a request belongs to (set from a benchmark-only header).</summary>
internal enum TurnKind
{
    None,
    Typed,
    Invoke,
}

internal static class TurnKinds
{
    public const int Count = 3;
}
