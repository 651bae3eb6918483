using TicBot.Cards.Model;

namespace TicBot.Cards.Validation;

/// <summary>Walks a card in reading order and collects the broken rules.</summary>
internal sealed partial class CardWalker
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);
    private readonly List<(string Path, string Target)> _targets = [];
    private readonly Dictionary<string, string> _buttons = new(StringComparer.Ordinal);

    public List<CardValidationError> Errors { get; } = [];

    public void Card(AdaptiveCard card, string path)
    {
        if (card.Body.Count == 0)
        {
            Error(path, "the body is empty");
        }

        Elements(card.Body, path + ".body");
        if (card.Refresh is not null)
        {
            Action(card.Refresh.Action, path + ".refresh.action", isFallback: true);
            if (card.Refresh.UserIds is { Count: > CardValidator.MaxRefreshUsers })
            {
                Error(path + ".refresh", $"more than {CardValidator.MaxRefreshUsers} user ids");
            }
        }

        Actions(card.Actions ?? [], path + ".actions");
    }

    public void CheckTargets()
    {
        foreach (var (path, target) in _targets)
        {
            if (!_ids.Contains(target))
            {
                Error(path, $"toggles '{target}', which no element has as id");
            }
        }
    }

    private void Actions(IReadOnlyList<AdaptiveAction> actions, string path)
    {
        if (actions.Count > CardValidator.MaxActions)
        {
            Error(path, $"{actions.Count} actions, more than the {CardValidator.MaxActions} Teams shows");
        }

        for (var i = 0; i < actions.Count; i++)
        {
            Action(actions[i], $"{path}[{i}]");
        }
    }

    private void Action(AdaptiveAction action, string path, bool isFallback = false)
    {
        Id(action.Id, path);
        Text(action.Title, path, "title");
        if (!isFallback)
        {
            SameTitleSameEffect(action, path);
        }

        switch (action)
        {
            case SubmitAction { Data: null }:
                Error(path, "an Action.Submit without data cannot be routed");
                break;
            case ExecuteAction execute:
                if (execute.Data is null || execute.Data.Action != execute.Verb)
                {
                    Error(path, "an Action.Execute needs data whose action is its verb");
                }

                if (execute.Fallback is not null)
                {
                    // The fallback replaces this action on old clients; it is not a second button.
                    Action(execute.Fallback with { Id = null }, path + ".fallback", isFallback: true);
                }

                break;
            case OpenUrlAction open when !IsHttps(open.Url):
                Error(path, "the url is not an absolute https address");
                break;
            case ShowCardAction show:
                Card(show.Card, path + ".card");
                break;
            case ToggleVisibilityAction toggle:
                if (toggle.TargetElements.Count == 0)
                {
                    Error(path, "toggles no element");
                }

                _targets.AddRange(toggle.TargetElements.Select(target => (path, target)));
                break;
        }
    }

    /// <summary>Two buttons that read the same must do the same (RGAA 6.1: a label names its destination).</summary>
    private void SameTitleSameEffect(AdaptiveAction action, string path)
    {
        var effect = action switch
        {
            SubmitAction s => "data:" + Payload(s.Data),
            ExecuteAction e => "data:" + Payload(e.Data),
            OpenUrlAction o => "url:" + o.Url,
            ToggleVisibilityAction t => "toggle:" + string.Join(',', t.TargetElements),
            _ => "card:" + path,
        };
        if (_buttons.TryGetValue(action.Title, out var existing) && existing != effect)
        {
            Error(path, $"another button reads '{action.Title}' but does something else");
        }

        _buttons.TryAdd(action.Title, effect);
    }

    private static string Payload(Actions.CardActionData? data)
        => data is null ? string.Empty : System.Text.Json.JsonSerializer.Serialize(data, Serialization.CardJsonContext.Default.CardActionData);

    private void Id(string? id, string path)
    {
        if (id is not null && !_ids.Add(id))
        {
            Error(path, $"the id '{id}' is used twice");
        }
    }

    private void Text(string? text, string path, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            Error(path, $"the {what} is empty");
        }
    }

    private static bool IsHttps(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;

    private void Error(string path, string message) => Errors.Add(new CardValidationError(path, message));
}
