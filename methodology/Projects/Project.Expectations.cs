using System.Text.Json.Serialization;
using TicBot.Methodology.Content;

namespace TicBot.Methodology.Projects;

public sealed partial class Project
{
    private List<Expectation> _expectations = [];
    private Dictionary<string, string> _contextNotes = [];

    /// <summary>What the team noted about each context factor ("pas de modèle unique"), keyed by <c>context.*</c> id.</summary>
    [JsonInclude]
    public IReadOnlyDictionary<string, string> ContextNotes { get => _contextNotes; internal set => _contextNotes = new(value ?? new Dictionary<string, string>()); }

    /// <summary>The expectations, most important first.</summary>
    [JsonInclude]
    public IReadOnlyList<Expectation> Expectations { get => _expectations; internal set => _expectations = [.. value ?? []]; }

    /// <summary>Notes the context for one factor; a blank note clears it.</summary>
    /// <exception cref="MethodologyException">The factor id is not a context factor of the methodology.</exception>
    public void NoteContext(string factorId, string? note, Actor actor, DateTimeOffset at)
    {
        var content = MethodologyCatalog.Load().For(ContentLanguage.French);
        if (!content.ContextFactors.Any(f => f.Id == factorId))
        {
            throw new MethodologyException($"'{factorId}' is not a context factor.");
        }

        if (string.IsNullOrWhiteSpace(note))
        {
            _contextNotes.Remove(factorId);
        }
        else
        {
            _contextNotes[factorId] = RequireText(note, "note");
        }

        Record(actor, at, HistoryAction.ContextNoted, factorId);
    }

    /// <summary>Adds an expectation at the lowest rank and returns it.</summary>
    /// <exception cref="MethodologyException">Blank or too long text, or the project already holds <see cref="MaxItemsPerList"/> expectations.</exception>
    public Expectation AddExpectation(string text, ExpectationSource source, Actor actor, DateTimeOffset at)
    {
        CheckRoom(_expectations.Count, "expectations");
        var expectation = new Expectation(NewId("exp"), RequireText(text, "expectation"), source, _expectations.Count + 1);
        _expectations.Add(expectation);
        Record(actor, at, HistoryAction.ExpectationAdded, expectation.Id);
        return expectation;
    }

    /// <summary>Changes the text and source of an expectation.</summary>
    /// <exception cref="MethodologyException">Unknown expectation.</exception>
    public void ChangeExpectation(string expectationId, string text, ExpectationSource source, Actor actor, DateTimeOffset at)
    {
        var index = ExpectationIndex(expectationId);
        _expectations[index] = _expectations[index] with { Text = RequireText(text, "expectation"), Source = source };
        Record(actor, at, HistoryAction.ExpectationChanged, expectationId);
    }

    /// <summary>Removes an expectation (and its coverage in every scenario); ranks close up.</summary>
    /// <exception cref="MethodologyException">Unknown expectation.</exception>
    public void RemoveExpectation(string expectationId, Actor actor, DateTimeOffset at)
    {
        _expectations.RemoveAt(ExpectationIndex(expectationId));
        Renumber();
        for (var i = 0; i < _scenarios.Count; i++)
        {
            if (_scenarios[i].Coverage.ContainsKey(expectationId))
            {
                _scenarios[i] = _scenarios[i] with
                {
                    Coverage = _scenarios[i].Coverage.Where(c => c.Key != expectationId).ToDictionary(),
                };
            }
        }

        Record(actor, at, HistoryAction.ExpectationRemoved, expectationId);
    }

    /// <summary>Ranks the expectations: <paramref name="orderedIds"/> lists every expectation id once, most important first.</summary>
    /// <exception cref="MethodologyException">The ids are not exactly the project's expectations.</exception>
    public void RankExpectations(IReadOnlyList<string> orderedIds, Actor actor, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(orderedIds);
        var current = _expectations.Select(e => e.Id).ToHashSet();
        if (orderedIds.Count != current.Count || orderedIds.Distinct().Count() != orderedIds.Count || !current.SetEquals(orderedIds))
        {
            throw new MethodologyException("The ranking must list every expectation exactly once.");
        }

        _expectations = [.. orderedIds.Select(id => _expectations.First(e => e.Id == id))];
        Renumber();
        Record(actor, at, HistoryAction.ExpectationsRanked);
    }

    private int ExpectationIndex(string expectationId)
    {
        var index = _expectations.FindIndex(e => e.Id == expectationId);
        return index >= 0 ? index : throw new MethodologyException($"No expectation '{expectationId}' in this project.");
    }

    private void Renumber()
    {
        for (var i = 0; i < _expectations.Count; i++)
        {
            _expectations[i] = _expectations[i] with { Rank = i + 1 };
        }
    }
}
