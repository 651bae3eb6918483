namespace TicBot.Methodology.Projects;

/// <summary>Where an expectation was collected (the seed names the field survey and front-desk forms).</summary>
public enum ExpectationSource
{
    FieldSurvey,
    FrontDeskForm,
    Meeting,
    Elus,
    Other,
}
