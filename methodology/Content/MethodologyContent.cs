using System.Collections.Frozen;

namespace TicBot.Methodology.Content;

/// <summary>
/// The whole methodology content in one language: the seed's guidelines as data, each item with a stable id.
/// Obtain it with <c>MethodologyCatalog.Load().For(language)</c>. Immutable and thread-safe.
/// </summary>
public sealed class MethodologyContent
{
    private readonly FrozenDictionary<string, ContentItem> _items;
    private readonly FrozenDictionary<string, Checklist> _checklists;
    private readonly FrozenDictionary<string, string> _labels;

    internal MethodologyContent(ContentLanguage language, ContentDocument document)
    {
        Language = language;
        Overview = document.Overview ?? [];
        ContextFactors = document.ContextFactors ?? [];
        Principles = document.Principles ?? [];
        ExpectationSteps = document.ExpectationSteps ?? [];
        DossierSteps = document.DossierSteps ?? [];
        FundingLeads = document.FundingLeads ?? [];
        Committees = document.Committees ?? [];
        Roles = document.Roles ?? [];
        PlanningTasks = document.PlanningTasks ?? [];
        Checklists = document.Checklists ?? [];
        SiApproaches = document.SiApproaches ?? [];
        CommunicationActions = document.CommunicationActions ?? [];
        HealthFlags = document.HealthFlags ?? [];
        _labels = (document.Labels ?? []).ToFrozenDictionary(StringComparer.Ordinal);
        _checklists = Checklists.ToFrozenDictionary(c => c.Id, StringComparer.Ordinal);
        _items = AllItems().DistinctBy(i => i.Id).ToFrozenDictionary(i => i.Id, StringComparer.Ordinal);
    }

    /// <summary>The language of this content.</summary>
    public ContentLanguage Language { get; }

    /// <summary>The seed's three headlines: no single model, broad guidelines, communicate at every step.</summary>
    public IReadOnlyList<ContentItem> Overview { get; }

    /// <summary>What a project depends on ("pas de modèle unique"): size, territory, ICT culture, team, blockers.</summary>
    public IReadOnlyList<ContentItem> ContextFactors { get; }

    /// <summary>The principles: the usager at the heart of the SI, technology not driving strategy…</summary>
    public IReadOnlyList<ContentItem> Principles { get; }

    /// <summary>Understanding the expectations: collect, state the context, rank, decide to launch the study.</summary>
    public IReadOnlyList<ContentItem> ExpectationSteps { get; }

    /// <summary>The dossier de choix (preliminary study) steps.</summary>
    public IReadOnlyList<ContentItem> DossierSteps { get; }

    /// <summary>Funding leads: the seed's POE and DRAC, then additions (DETR, DSIL, FEDER…).</summary>
    public IReadOnlyList<ContentItem> FundingLeads { get; }

    /// <summary>The committees that start the project.</summary>
    public IReadOnlyList<ContentItem> Committees { get; }

    /// <summary>The roles of the actors.</summary>
    public IReadOnlyList<ContentItem> Roles { get; }

    /// <summary>The planning tasks, in the seed's order. Ids match <c>PlanTemplate</c> entries.</summary>
    public IReadOnlyList<ContentItem> PlanningTasks { get; }

    /// <summary>The six checklists, in the order of <see cref="ChecklistIds.All"/>.</summary>
    public IReadOnlyList<Checklist> Checklists { get; }

    /// <summary>SI overhaul and convergence, with their pros and cons.</summary>
    public IReadOnlyList<SiApproachContent> SiApproaches { get; }

    /// <summary>The communication actions, with audiences and channels.</summary>
    public IReadOnlyList<CommunicationActionContent> CommunicationActions { get; }

    /// <summary>
    /// The texts of the project health flags: <see cref="ContentItem.Title"/>, the risk in <see cref="ContentItem.Why"/>
    /// and the suggested action in <see cref="ContentItem.Detail"/>. Ids match <c>HealthFlag.Id</c>.
    /// </summary>
    public IReadOnlyList<ContentItem> HealthFlags { get; }

    /// <summary>Gets a checklist by id.</summary>
    /// <exception cref="KeyNotFoundException">No checklist has this id.</exception>
    public Checklist GetChecklist(string checklistId) =>
        _checklists.TryGetValue(checklistId, out var checklist)
            ? checklist
            : throw new KeyNotFoundException($"No checklist '{checklistId}'.");

    /// <summary>Finds a checklist by id. <value>Null when unknown.</value></summary>
    public Checklist? FindChecklist(string checklistId) => _checklists.GetValueOrDefault(checklistId);

    /// <summary>Finds any content item (of any section or checklist) by id. <value>Null when unknown.</value></summary>
    public ContentItem? FindItem(string itemId) => _items.GetValueOrDefault(itemId);

    /// <summary>Finds a communication action by id. <value>Null when unknown.</value></summary>
    public CommunicationActionContent? FindCommunicationAction(string actionId) =>
        CommunicationActions.FirstOrDefault(a => a.Id == actionId);

    /// <summary>Finds an SI approach by id. <value>Null when unknown.</value></summary>
    public SiApproachContent? FindSiApproach(string approachId) =>
        SiApproaches.FirstOrDefault(a => a.Id == approachId);

    /// <summary>A short label (audience names, severities…). <value>The key itself when unknown.</value></summary>
    public string Label(string key) => _labels.GetValueOrDefault(key, key);

    /// <summary>The label of an audience, e.g. "usagers" / "the public".</summary>
    public string AudienceLabel(Audience audience) => Label(AudienceKey(audience));

    /// <summary>
    /// The label of an enum value of the model (phase, collectivité kind, expectation source, coverage, funding
    /// certainty, holiday zone, milestone status, member role, health severity), e.g. "Dossier de choix".
    /// <value>The key (<c>typename.value</c>, lower case) when unknown.</value>
    /// </summary>
    public string Label<TEnum>(TEnum value)
        where TEnum : struct, Enum => Label(EnumKey(value));

    /// <summary>All label keys, for parity checks.</summary>
    public IEnumerable<string> LabelKeys => _labels.Keys;

    internal static string EnumKey<TEnum>(TEnum value)
        where TEnum : struct, Enum => typeof(TEnum).Name.ToLowerInvariant() + "." + value.ToString().ToLowerInvariant();

    internal static string AudienceKey(Audience audience) => "audience." + audience.ToString().ToLowerInvariant();

    /// <summary>Every content item of every section and checklist, in order.</summary>
    public IEnumerable<ContentItem> AllItems() =>
        Overview.Concat(ContextFactors).Concat(Principles).Concat(ExpectationSteps).Concat(DossierSteps)
            .Concat(FundingLeads).Concat(Committees).Concat(Roles).Concat(PlanningTasks)
            .Concat(Checklists.SelectMany(c => c.Items)).Concat(HealthFlags);
}
