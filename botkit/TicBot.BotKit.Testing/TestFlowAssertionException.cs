namespace TicBot.BotKit.Testing;

/// <summary>A <see cref="TestFlow"/> expectation failed; the message says which step and what came instead.</summary>
public sealed class TestFlowAssertionException : Exception
{
    public TestFlowAssertionException() { }

    public TestFlowAssertionException(string message) : base(message) { }

    public TestFlowAssertionException(string message, Exception innerException) : base(message, innerException) { }
}
