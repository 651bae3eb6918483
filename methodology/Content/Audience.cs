namespace TicBot.Methodology.Content;

/// <summary>Who a communication action is meant for.</summary>
public enum Audience
{
    /// <summary>The staff of the collectivité (les agents).</summary>
    Agents,

    /// <summary>The public the service is for: citizens, families, businesses (les usagers).</summary>
    Usagers,

    /// <summary>The elected officials (les élus).</summary>
    Elus,

    /// <summary>The press: daily newspapers, regional television.</summary>
    Press,
}
