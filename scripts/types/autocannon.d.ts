// The slice of autocannon 9's API the benchmark scripts use (the package ships no types, and
// @types/autocannon is not pinned in this stack).
declare module "autocannon" {
  namespace autocannon {
    type Options = {
      url: string;
      method?: string;
      headers?: Record<string, string>;
      body?: string;
      connections?: number;
      duration?: number;
      amount?: number;
      /** Requests sent in turn on each connection; setupRequest may rewrite one just before it is sent. */
      requests?: {
        method?: string;
        path?: string;
        body?: string;
        setupRequest?: (request: RequestParams) => RequestParams;
      }[];
    };
    type RequestParams = { method?: string; path?: string; headers?: Record<string, string>; body?: string };
    type Histogram = {
      average: number;
      mean: number;
      total: number;
      p50: number;
      p90: number;
      p99: number;
      max: number;
    };
    type Result = {
      requests: Histogram;
      latency: Histogram;
      throughput: Histogram;
      errors: number;
      timeouts: number;
      non2xx: number;
      "2xx": number;
      statusCodeStats: Record<string, { count: number }>;
    };
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export = autocannon;
}
