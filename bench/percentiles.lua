-- wrk reporter: prints p50, p95 and p99 latencies in milliseconds, and the request rate.
done = function(summary, latency, requests)
  io.write(string.format("requests=%d errors=%d rps=%.0f p50=%.2fms p95=%.2fms p99=%.2fms\n",
    summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout,
    summary.requests / (summary.duration / 1e6),
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000))
end
