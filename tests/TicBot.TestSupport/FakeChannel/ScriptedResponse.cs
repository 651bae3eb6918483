namespace TicBot.TestSupport;

/// <summary>An answer the fake channel gives to the next request instead of its default one.</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">A JSON body, or null for none.</param>
/// <param name="Headers">Extra response headers (e.g. <c>Retry-After</c>).</param>
/// <param name="Hang">When true, never answers: the request waits until the client gives up.</param>
/// <param name="Delay">A real-time pause before answering (a slow connector).</param>
public sealed record ScriptedResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null, bool Hang = false, TimeSpan? Delay = null)
{
    /// <summary>429 with <c>Retry-After: seconds</c>.</summary>
    public static ScriptedResponse TooManyRequests(int retryAfterSeconds) => new(429, """{"error":{"code":"TooManyRequests","message":"Slow down"}}""",
        new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });

    /// <summary>An error with the connector's <c>{"error":{code,message}}</c> body.</summary>
    public static ScriptedResponse Error(int status, string code, string message = "error")
        => new(status, $$$"""{"error":{"code":"{{{code}}}","message":"{{{message}}}"}}""");

    /// <summary>No answer at all (the client times out).</summary>
    public static ScriptedResponse NoAnswer() => new(0, Hang: true);
}
