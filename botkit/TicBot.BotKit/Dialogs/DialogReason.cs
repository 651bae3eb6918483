namespace TicBot.BotKit.Dialogs;

/// <summary>Why a dialog is resumed or ended.</summary>
public enum DialogReason
{
    BeginCalled,
    ContinueCalled,

    /// <summary>The child ended normally, with or without a result.</summary>
    EndCalled,
    ReplaceCalled,

    /// <summary>The child was cancelled; its result is null.</summary>
    CancelCalled,
    NextCalled,

    /// <summary>The child was a prompt that ran out of attempts; its result is null.</summary>
    MaxAttemptsReached,
}
