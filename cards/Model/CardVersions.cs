namespace TicBot.Cards.Model;

/// <summary>
/// The lowest schema version a card's content needs, from the <c>version</c> the 1.5 schema gives each
/// type and property: Action.Execute and refresh 1.4; Table and heading style 1.5; input labels,
/// isRequired and errorMessage 1.3; ActionSet, RichTextBlock, ToggleVisibility, isVisible, action style,
/// fallback and wrap on inputs 1.2; everything else 1.0.
/// </summary>
public static class CardVersions
{
    public static CardVersion Required(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var version = CardVersion.V1_0;
        if (card.Refresh is not null)
        {
            version = CardVersion.Max(CardVersion.V1_4, Of(card.Refresh.Action));
        }

        foreach (var element in card.Body)
        {
            version = CardVersion.Max(version, Of(element));
        }

        foreach (var action in card.Actions ?? [])
        {
            version = CardVersion.Max(version, Of(action));
        }

        return version;
    }

    private static CardVersion Of(AdaptiveElement element)
    {
        var version = element.IsVisible is null ? CardVersion.V1_0 : CardVersion.V1_2;
        var own = element switch
        {
            TextBlock t => t.Style is null ? CardVersion.V1_0 : CardVersion.V1_5,
            RichTextBlock => CardVersion.V1_2,
            Container c => Of(c.Items),
            ColumnSet s => s.Columns.Select(column => Of(column.Items)).Aggregate(CardVersion.V1_0, CardVersion.Max),
            Table t => CardVersion.Max(CardVersion.V1_5, t.Rows.SelectMany(r => r.Cells).Select(c => Of(c.Items)).Aggregate(CardVersion.V1_0, CardVersion.Max)),
            ActionSet a => CardVersion.Max(CardVersion.V1_2, a.Actions.Select(Of).Aggregate(CardVersion.V1_0, CardVersion.Max)),
            // Every input carries a label, which needs 1.3; wrap (1.2) and regex (1.3) add nothing above it.
            AdaptiveInput => CardVersion.V1_3,
            _ => CardVersion.V1_0,
        };
        return CardVersion.Max(version, own);
    }

    private static CardVersion Of(IReadOnlyList<AdaptiveElement> items)
        => items.Select(Of).Aggregate(CardVersion.V1_0, CardVersion.Max);

    private static CardVersion Of(AdaptiveAction action)
    {
        var version = action.Style is null ? CardVersion.V1_0 : CardVersion.V1_2;
        var own = action switch
        {
            ExecuteAction e => e.Fallback is null ? CardVersion.V1_4 : CardVersion.Max(CardVersion.V1_4, Of(e.Fallback)),
            ToggleVisibilityAction => CardVersion.V1_2,
            ShowCardAction s => Required(s.Card),
            _ => CardVersion.V1_0,
        };
        return CardVersion.Max(version, own);
    }
}
