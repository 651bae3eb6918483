using TicBot.BotKit.Dialogs;
using TicBot.BotKit.Prompts;
using TicBot.BotKit.Schema;
using TicBot.BotKit.State;

namespace TicBot.Dialogs.Privacy;

/// <summary>
/// "mes données" gives the user a copy of what TicBot keeps about them; "supprimer mes données" erases it after a
/// confirmation. Only in a private chat, so that nobody else reads or triggers it.
/// </summary>
public sealed class PersonalDataDialog : ComponentDialog
{
    public const string DialogId = "personal-data";
    private const string ConfirmId = "personal-data.confirm";

    /// <summary>Teams refuses messages above about 28 KB: the export is cut into code blocks under this many characters.</summary>
    internal const int MaxBlockLength = 20_000;

    private readonly PersonalDataService _data;
    private readonly MemberConversationState _conversation;

    public PersonalDataDialog(PersonalDataService data, MemberConversationState conversation) : base(DialogId)
    {
        _data = data;
        _conversation = conversation;
        AddDialog(new WaterfallDialog(DialogId + ".steps", [CheckPrivacyStepAsync, EraseStepAsync]));
        AddDialog(new ConfirmPrompt(ConfirmId));
    }

    private async Task<DialogTurnResult> CheckPrivacyStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        var activity = step.Context.Activity;
        if (activity.Conversation?.IsGroup == true || activity.From?.Id is not { Length: > 0 } userId)
        {
            await step.Context.SendActivityAsync(DialogTexts.PersonalDataPrivateOnly.For(step.Language), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        if (step.GetOptions(TicBotDialogsJsonContext.Default.Boolean) == true)
        {
            return await step.PromptAsync(ConfirmId, PromptOptions.FromText(DialogTexts.PersonalDataEraseConfirm.For(step.Language)), cancellationToken);
        }

        var export = await _data.ExportAsync(activity.ChannelId ?? "unknown", userId, cancellationToken);
        await step.Context.SendActivityAsync(DialogTexts.PersonalDataExport.For(step.Language), cancellationToken);
        foreach (var block in CodeBlocks(export))
        {
            await step.Context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = block, TextFormat = "markdown" }, cancellationToken);
        }

        return await step.EndDialogAsync(null, cancellationToken);
    }

    private async Task<DialogTurnResult> EraseStepAsync(WaterfallStepContext step, CancellationToken cancellationToken)
    {
        if (step.ResultAsBool() != true)
        {
            await step.Context.SendActivityAsync(DialogTexts.PersonalDataKept.For(step.Language), cancellationToken);
            return await step.EndDialogAsync(null, cancellationToken);
        }

        var activity = step.Context.Activity;
        var count = await _data.EraseAsync(activity.ChannelId ?? "unknown", activity.From!.Id!, cancellationToken);
        await step.Context.SendActivityAsync(DialogTexts.PersonalDataErased.Format(step.Language, count), cancellationToken);
        var result = await step.EndDialogAsync(null, cancellationToken);
        // This private chat's own state goes too, after the dialog has ended: nothing of the turn writes it again.
        await _conversation.DeleteAsync(step.Context, cancellationToken);
        return result;
    }

    /// <summary>The JSON in markdown code blocks, cut between lines.</summary>
    internal static IEnumerable<string> CodeBlocks(string json)
    {
        var block = new System.Text.StringBuilder();
        foreach (var line in json.Split('\n'))
        {
            if (block.Length > 0 && block.Length + line.Length + 1 > MaxBlockLength)
            {
                yield return "```json\n" + block + "```";
                block.Clear();
            }

            block.Append(line.Length > MaxBlockLength ? line[..MaxBlockLength] : line).Append('\n');
        }

        if (block.Length > 0)
        {
            yield return "```json\n" + block + "```";
        }
    }
}
