namespace TicBot.BotKit.Proactive;

/// <summary>A request waiting in (or going through) the outbox, and the caller waiting for its end.</summary>
internal sealed class OutboxItem(OutboxRequest request, long sequence, CancellationToken callerToken)
{
    public OutboxRequest Request { get; } = request;

    /// <summary>Enqueue order: the oldest waiting head goes first, so that lanes take turns.</summary>
    public long Sequence { get; } = sequence;

    /// <summary>The caller's token: cancelled, the request is withdrawn instead of being retried.</summary>
    public CancellationToken CallerToken { get; } = callerToken;

    public int Attempts { get; set; }

    /// <summary>Not sent before this time (a retry's backoff or <c>Retry-After</c>).</summary>
    public DateTimeOffset NotBefore { get; set; }

    public TaskCompletionSource<OutboxResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public CancellationTokenRegistration CallerCancellation { get; set; }
}
