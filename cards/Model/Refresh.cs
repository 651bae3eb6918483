namespace TicBot.Cards.Model;

/// <summary>
/// Lets the listed users' clients fetch an up-to-date card when they see it (needs 1.4). Teams runs it
/// automatically only for the users named in <see cref="UserIds"/> (60 at most).
/// </summary>
public sealed record Refresh(ExecuteAction Action)
{
    public IReadOnlyList<string>? UserIds { get; init; }
}
