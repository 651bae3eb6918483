namespace TicBot.BotKit.Schema;

/// <summary>The connector's error body: <c>{"error":{"code","message"}}</c>.</summary>
public sealed class ErrorResponse
{
    public Error? Error { get; set; }
}

/// <summary>The error of an <see cref="ErrorResponse"/>.</summary>
public sealed class Error
{
    public string? Code { get; set; }
    public string? Message { get; set; }
}
