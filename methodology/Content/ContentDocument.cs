namespace TicBot.Methodology.Content;

/// <summary>The shape of one content file; a language's files are merged, each section in one file only.</summary>
internal sealed class ContentDocument
{
    public List<ContentItem>? Overview { get; set; }

    public List<ContentItem>? ContextFactors { get; set; }

    public List<ContentItem>? Principles { get; set; }

    public List<ContentItem>? ExpectationSteps { get; set; }

    public List<ContentItem>? DossierSteps { get; set; }

    public List<ContentItem>? FundingLeads { get; set; }

    public List<ContentItem>? Committees { get; set; }

    public List<ContentItem>? Roles { get; set; }

    public List<ContentItem>? PlanningTasks { get; set; }

    public List<Checklist>? Checklists { get; set; }

    public List<SiApproachContent>? SiApproaches { get; set; }

    public List<CommunicationActionContent>? CommunicationActions { get; set; }

    public List<ContentItem>? HealthFlags { get; set; }

    public Dictionary<string, string>? Labels { get; set; }

    /// <summary>Copies the sections this document has into <paramref name="target"/>.</summary>
    /// <exception cref="InvalidDataException">A section is present in two files.</exception>
    public void MergeInto(ContentDocument target, string fileName)
    {
        target.Overview = Take(target.Overview, Overview, nameof(Overview), fileName);
        target.ContextFactors = Take(target.ContextFactors, ContextFactors, nameof(ContextFactors), fileName);
        target.Principles = Take(target.Principles, Principles, nameof(Principles), fileName);
        target.ExpectationSteps = Take(target.ExpectationSteps, ExpectationSteps, nameof(ExpectationSteps), fileName);
        target.DossierSteps = Take(target.DossierSteps, DossierSteps, nameof(DossierSteps), fileName);
        target.FundingLeads = Take(target.FundingLeads, FundingLeads, nameof(FundingLeads), fileName);
        target.Committees = Take(target.Committees, Committees, nameof(Committees), fileName);
        target.Roles = Take(target.Roles, Roles, nameof(Roles), fileName);
        target.PlanningTasks = Take(target.PlanningTasks, PlanningTasks, nameof(PlanningTasks), fileName);
        target.Checklists = Take(target.Checklists, Checklists, nameof(Checklists), fileName);
        target.SiApproaches = Take(target.SiApproaches, SiApproaches, nameof(SiApproaches), fileName);
        target.CommunicationActions = Take(target.CommunicationActions, CommunicationActions, nameof(CommunicationActions), fileName);
        target.HealthFlags = Take(target.HealthFlags, HealthFlags, nameof(HealthFlags), fileName);
        target.Labels = Take(target.Labels, Labels, nameof(Labels), fileName);
    }

    private static T? Take<T>(T? existing, T? incoming, string section, string fileName)
        where T : class
    {
        if (incoming is null)
        {
            return existing;
        }

        if (existing is not null)
        {
            throw new InvalidDataException($"Section '{section}' appears twice (again in {fileName}).");
        }

        return incoming;
    }
}
