namespace TicBot.TestSupport.Auth;

/// <summary>How the fake identity server answers metadata and key requests.</summary>
public enum FakeMetadataMode
{
    Available,

    /// <summary>Answers 500.</summary>
    Failing,

    /// <summary>Never answers (until the client gives up), like an endpoint behind a dead network path.</summary>
    Hanging,
}
