namespace TicBot.Methodology.Rules.Planning;

/// <summary>The key dates a plan hangs on.</summary>
public enum KeyDateKind
{
    ProjectStart,
    ConsultationLaunch,
    PilotStart,
    GoLive,
}
