using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Parley.Benchmarks.SyntaxBenchmarks).Assembly).Run(args);
