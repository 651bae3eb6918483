using Azure.Core;
using Azure.Core.Pipeline;

namespace TicBot.Benchmarks;

/// <summary>Counts the HTTP requests the Blob client really sends, by method.</summary>
internal sealed class CountingPolicy : HttpPipelineSynchronousPolicy
{
    private long _reads;
    private long _writes;
    private long _other;

    public long Reads => Interlocked.Read(ref _reads);

    public long Writes => Interlocked.Read(ref _writes);

    public long Other => Interlocked.Read(ref _other);

    public void Reset()
    {
        Interlocked.Exchange(ref _reads, 0);
        Interlocked.Exchange(ref _writes, 0);
        Interlocked.Exchange(ref _other, 0);
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Method == RequestMethod.Get)
        {
            Interlocked.Increment(ref _reads);
        }
        else if (message.Request.Method == RequestMethod.Put)
        {
            Interlocked.Increment(ref _writes);
        }
        else
        {
            Interlocked.Increment(ref _other);
        }
    }
}
