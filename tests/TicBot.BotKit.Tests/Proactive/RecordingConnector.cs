using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using TicBot.BotKit.Connector;
using TicBot.BotKit.Schema;

namespace TicBot.BotKit.Tests.Proactive;

/// <summary>
/// An in-process connector for the outbox's pacing: records each call with the fake clock's time, answers at once,
/// and fails the next calls with the exceptions queued in <see cref="Failures"/>.
/// </summary>
internal sealed class RecordingConnector(TimeProvider time) : IConnectorClient
{
    private readonly List<(string Target, DateTimeOffset At)> _calls = [];
    private int _nextId;

    public ConcurrentQueue<Exception> Failures { get; } = new();

    /// <summary>Every call, in order: the conversation sent to (or <c>create</c>) and when.</summary>
    public IReadOnlyList<(string Target, DateTimeOffset At)> Calls
    {
        get
        {
            lock (_calls)
            {
                return [.. _calls];
            }
        }
    }

    public static ConnectorException Error(HttpStatusCode status, string? code = null, TimeSpan? retryAfter = null)
        => new($"{(int)status} {code}", status, code is null ? null : new ErrorResponse { Error = new Error { Code = code, Message = code } }, isTimeout: false, innerException: null)
        {
            RetryAfter = retryAfter,
        };

    public static ConnectorException Timeout() => new("no answer", statusCode: null, error: null, isTimeout: true, innerException: null);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken)
        => Answer(conversationId, () => new ResourceResponse(NextId("act")));

    public Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken)
        => Answer("create", () => new ConversationResourceResponse { Id = NextId("conv"), ActivityId = NextId("act") });

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    public Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    public Task<IList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    public Task<PagedMembersResult> GetConversationPagedMembersAsync(string serviceUrl, string conversationId, int? pageSize, string? continuationToken, CancellationToken cancellationToken)
        => throw new NotSupportedException();

    private Task<T> Answer<T>(string target, Func<T> answer)
    {
        lock (_calls)
        {
            _calls.Add((target, time.GetUtcNow()));
        }

        return Failures.TryDequeue(out var failure) ? Task.FromException<T>(failure) : Task.FromResult(answer());
    }

    private string NextId(string prefix) => prefix + "-" + Interlocked.Increment(ref _nextId).ToString(CultureInfo.InvariantCulture);
}
