namespace TicBot.Methodology.Content;

/// <summary>Checks one language's content and the parity of French and English.</summary>
internal static class ContentValidator
{
    public static IReadOnlyList<string> Validate(MethodologyContent french, MethodologyContent english)
    {
        var problems = new List<string>();
        ValidateOne(french, problems);
        ValidateOne(english, problems);
        CompareLanguages(french, english, problems);
        return problems;
    }

    private static void ValidateOne(MethodologyContent content, List<string> problems)
    {
        var lang = content.Language;
        var ids = Ids(content).ToList();
        foreach (var duplicate in ids.GroupBy(i => i).Where(g => g.Count() > 1))
        {
            problems.Add($"{lang}: id '{duplicate.Key}' is used more than once");
        }

        foreach (var item in content.AllItems())
        {
            if (string.IsNullOrWhiteSpace(item.Title) || string.IsNullOrWhiteSpace(item.Why))
            {
                problems.Add($"{lang}: '{item.Id}' has no title or no reason");
            }

            if (string.IsNullOrWhiteSpace(item.SeedRef) && !item.IsAddition)
            {
                problems.Add($"{lang}: '{item.Id}' has neither a seed reference nor the addition mark");
            }
        }

        foreach (var other in content.SiApproaches.Select(a => (a.Id, a.SeedRef, a.IsAddition))
                     .Concat(content.CommunicationActions.Select(a => (a.Id, a.SeedRef, a.IsAddition)))
                     .Where(a => string.IsNullOrWhiteSpace(a.SeedRef) && !a.IsAddition))
        {
            problems.Add($"{lang}: '{other.Id}' has neither a seed reference nor the addition mark");
        }

        foreach (var id in ChecklistIds.All.Where(id => content.FindChecklist(id) is null))
        {
            problems.Add($"{lang}: checklist '{id}' is missing");
        }

        foreach (var key in LabelledEnumKeys().Where(k => !content.LabelKeys.Contains(k)))
        {
            problems.Add($"{lang}: no label '{key}'");
        }

        foreach (var audience in Enum.GetValues<Audience>().Where(a => !content.LabelKeys.Contains(MethodologyContent.AudienceKey(a))))
        {
            problems.Add($"{lang}: no label for audience {audience}");
        }

        if (lang == ContentLanguage.French)
        {
            foreach (var (id, text) in Texts(content).Where(t => t.Text.Contains('\'', StringComparison.Ordinal)))
            {
                problems.Add($"French: '{id}' has a straight apostrophe (use ’): {text}");
            }
        }
    }

    /// <summary>Every user-facing text of the content, with the id it belongs to (the label key for labels).</summary>
    internal static IEnumerable<(string Id, string Text)> Texts(MethodologyContent content)
    {
        foreach (var item in content.AllItems())
        {
            foreach (var text in new[] { item.Title, item.Why, item.Detail, item.AdditionNote }.Concat(item.Points).OfType<string>())
            {
                yield return (item.Id, text);
            }
        }

        foreach (var checklist in content.Checklists)
        {
            yield return (checklist.Id, checklist.Title);
            yield return (checklist.Id, checklist.Why);
        }

        foreach (var approach in content.SiApproaches)
        {
            foreach (var text in new[] { approach.Title, approach.When, approach.Approach }.Concat(approach.Advantages).Concat(approach.Drawbacks))
            {
                yield return (approach.Id, text);
            }
        }

        foreach (var action in content.CommunicationActions)
        {
            foreach (var text in new[] { action.Title, action.Why, action.AdditionNote }.Concat(action.Channels).Concat(action.AdditionChannels).OfType<string>())
            {
                yield return (action.Id, text);
            }
        }

        foreach (var key in content.LabelKeys)
        {
            yield return (key, content.Label(key));
        }
    }

    private static void CompareLanguages(MethodologyContent french, MethodologyContent english, List<string> problems)
    {
        var frIds = Ids(french).ToList();
        var enIds = Ids(english).ToList();
        foreach (var id in frIds.Except(enIds))
        {
            problems.Add($"'{id}' exists in French but not in English");
        }

        foreach (var id in enIds.Except(frIds))
        {
            problems.Add($"'{id}' exists in English but not in French");
        }

        if (frIds.Intersect(enIds).SequenceEqual(enIds.Intersect(frIds)) is false)
        {
            problems.Add("French and English list their items in different orders");
        }

        foreach (var fr in french.AllItems())
        {
            if (english.FindItem(fr.Id) is { } en && (en.SeedRef != fr.SeedRef || en.IsAddition != fr.IsAddition || en.Points.Count != fr.Points.Count
                || (en.AdditionNote is null) != (fr.AdditionNote is null)))
            {
                problems.Add($"'{fr.Id}' differs between languages in seed reference, addition mark, number of points or addition note");
            }
        }

        foreach (var fr in french.CommunicationActions)
        {
            if (english.FindCommunicationAction(fr.Id) is { } en && (!en.Audiences.SequenceEqual(fr.Audiences) || en.Channels.Count != fr.Channels.Count
                || en.AdditionChannels.Count != fr.AdditionChannels.Count || (en.AdditionNote is null) != (fr.AdditionNote is null)))
            {
                problems.Add($"'{fr.Id}' differs between languages in audiences, channels or addition note");
            }
        }

        foreach (var key in french.LabelKeys.Except(english.LabelKeys).Concat(english.LabelKeys.Except(french.LabelKeys)))
        {
            problems.Add($"label '{key}' exists in one language only");
        }
    }

    /// <summary>The enums whose values the content labels; a full content file must label every value.</summary>
    internal static IEnumerable<string> LabelledEnumKeys() =>
        Keys<Projects.ProjectPhase>().Concat(Keys<Projects.CollectiviteKind>()).Concat(Keys<Projects.ExpectationSource>())
            .Concat(Keys<Projects.CoverageLevel>()).Concat(Keys<Projects.FundingCertainty>()).Concat(Keys<Projects.HolidayZone>())
            .Concat(Keys<Projects.MilestoneStatus>()).Concat(Keys<Projects.MemberRole>()).Concat(Keys<Rules.Health.HealthSeverity>());

    private static IEnumerable<string> Keys<TEnum>()
        where TEnum : struct, Enum => Enum.GetValues<TEnum>().Select(MethodologyContent.EnumKey);

    private static IEnumerable<string> Ids(MethodologyContent content) =>
        content.Checklists.Select(c => c.Id)
            .Concat(content.AllItems().Select(i => i.Id))
            .Concat(content.SiApproaches.Select(a => a.Id))
            .Concat(content.CommunicationActions.Select(a => a.Id));
}
