using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Beleidsplan.Tests.Infrastructure;

/// <summary>
/// A minimal SMTP server on loopback that accepts every message and keeps its raw text, so the app's
/// real SMTP client can be tested end to end. It can be stopped and started again on the same port.
/// </summary>
public sealed class SmtpSink : IAsyncDisposable
{
    private TcpListener? listener;
    private CancellationTokenSource? stop;

    public SmtpSink()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public List<string> Messages { get; } = [];

    public void Start()
    {
        listener = new TcpListener(IPAddress.Loopback, Port);
        listener.Start();
        stop = new CancellationTokenSource();
        _ = AcceptAsync(listener, stop.Token);
    }

    public void Stop()
    {
        stop?.Cancel();
        listener?.Stop();
        listener = null;
    }

    public ValueTask DisposeAsync()
    {
        Stop();
        return ValueTask.CompletedTask;
    }

    private async Task AcceptAsync(TcpListener server, CancellationToken token)
    {
        while (!token.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await server.AcceptTcpClientAsync(token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.UTF8);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 sink ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                var verb = line.Split(' ')[0].ToUpperInvariant();
                if (verb == "DATA")
                {
                    await writer.WriteLineAsync("354 go ahead");
                    var message = new StringBuilder();
                    while (await reader.ReadLineAsync() is { } data && data != ".")
                    {
                        message.AppendLine(data);
                    }

                    lock (Messages)
                    {
                        Messages.Add(message.ToString());
                    }

                    await writer.WriteLineAsync("250 queued");
                }
                else if (verb == "QUIT")
                {
                    await writer.WriteLineAsync("221 bye");
                    return;
                }
                else
                {
                    await writer.WriteLineAsync("250 ok");
                }
            }
        }
    }
}
