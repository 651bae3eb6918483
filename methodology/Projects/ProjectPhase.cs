namespace TicBot.Methodology.Projects;

/// <summary>Where the project stands. The seed gives no mandatory order: phases record, they do not gate.</summary>
public enum ProjectPhase
{
    /// <summary>Understanding the expectations.</summary>
    Framing,

    /// <summary>The dossier de choix: scenarios under study.</summary>
    Study,

    /// <summary>A scenario has been validated.</summary>
    Decided,

    /// <summary>Preparation: dossiers, organisation study, consultation, training.</summary>
    Preparation,

    /// <summary>Pilot sites and go-live.</summary>
    Deployment,

    /// <summary>The service is in operation.</summary>
    Operation,
}
