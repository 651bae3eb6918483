namespace TicBot.BotKit.Schema;

/// <summary>A <c>mention</c> entity: who was mentioned and the markup that mentions them.</summary>
/// <param name="Mentioned">The account mentioned (its <c>id</c> and <c>name</c>).</param>
/// <param name="Text">The markup in the message text, for example <c>&lt;at&gt;TicBot&lt;/at&gt;</c>; may be null.</param>
public sealed record Mention(ChannelAccount Mentioned, string? Text);
