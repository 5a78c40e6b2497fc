package dev.relwb.rerank.model;

import dev.relwb.rerank.runtime.Checkpoint;
import dev.relwb.rerank.runtime.TensorInfo;
import java.nio.FloatBuffer;

/// A deliberately plain float64 re-implementation of the X-MOD forward pass, written from the
/// reference notes (section 5) with loops only, one row at a time. Used to check the config
/// branches the HF golden files do not cover (pre_norm, adapter_layer_norm, reuse, ln_before).
final class NaiveXmodReference {
  private final XmodConfig c;
  private final Checkpoint w;

  NaiveXmodReference(XmodConfig c, Checkpoint w) {
    this.c = c;
    this.w = w;
  }

  private double[] t(String key) {
    TensorInfo info = w.find(key);
    FloatBuffer fb = w.files().stream().filter(f -> f.tensors().containsKey(key)).findFirst().orElseThrow()
        .bytes(key).asFloatBuffer();
    double[] r = new double[(int) info.elementCount()];
    for (int i = 0; i < r.length; i++) {
      r[i] = fb.get(i);
    }
    return r;
  }

  double logit(int[] ids, String lang) {
    int h = c.hiddenSize();
    double[][] x = new double[ids.length][h];
    double[] word = t("roberta.embeddings.word_embeddings.weight");
    double[] pos = t("roberta.embeddings.position_embeddings.weight");
    double[] type = t("roberta.embeddings.token_type_embeddings.weight");
    int p = c.padTokenId();
    for (int i = 0; i < ids.length; i++) {
      p += ids[i] != c.padTokenId() ? 1 : 0;
      int position = ids[i] != c.padTokenId() ? p : c.padTokenId();
      for (int j = 0; j < h; j++) {
        x[i][j] = word[ids[i] * h + j] + type[j] + pos[position * h + j];
      }
    }
    x = ln(x, "roberta.embeddings.LayerNorm");
    for (int l = 0; l < c.numHiddenLayers(); l++) {
      x = layer(x, l, lang);
    }
    if (c.preNorm()) {
      x = ln(x, "roberta.encoder.LayerNorm");
    }
    double[][] z = lin(new double[][] {x[0]}, "classifier.dense");
    for (int j = 0; j < h; j++) {
      z[0][j] = Math.tanh(z[0][j]);
    }
    return lin(z, "classifier.out_proj")[0][0];
  }

  private double[][] layer(double[][] x, int l, String lang) {
    String pre = "roberta.encoder.layer." + l + ".";
    double[][] in = c.preNorm() ? ln(x, pre + "attention.output.LayerNorm") : x;
    double[][] ctx = attention(in, pre + "attention.self.");
    double[][] a = add(lin(ctx, pre + "attention.output.dense"), x);
    if (!c.preNorm()) {
      a = ln(a, pre + "attention.output.LayerNorm");
    }
    double[][] f = gelu(lin(c.preNorm() ? ln(a, pre + "output.LayerNorm") : a, pre + "intermediate.dense"));
    double[][] hs = add(lin(f, pre + "output.dense"), a);
    double[][] normed = c.adapterLayerNorm() ? ln(hs, pre + "output.adapter_layer_norm")
        : c.adapterReuseLayerNorm() ? ln(hs, pre + "output.LayerNorm") : hs;
    double[][] residual = c.lnBeforeAdapter() ? normed : hs;
    String ad = pre + "output.adapter_modules." + lang + ".";
    double[][] h2 = add(lin(gelu(lin(normed, ad + "dense1")), ad + "dense2"), residual);
    return c.preNorm() ? h2 : ln(h2, pre + "output.LayerNorm");
  }

  private double[][] attention(double[][] x, String pre) {
    double[][] q = lin(x, pre + "query");
    double[][] k = lin(x, pre + "key");
    double[][] v = lin(x, pre + "value");
    int n = x.length;
    int d = c.headSize();
    double[][] ctx = new double[n][c.hiddenSize()];
    for (int head = 0; head < c.numAttentionHeads(); head++) {
      int o = head * d;
      for (int i = 0; i < n; i++) {
        double[] s = new double[n];
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
          for (int e = 0; e < d; e++) {
            s[j] += q[i][o + e] * k[j][o + e];
          }
          s[j] /= Math.sqrt(d);
          max = Math.max(max, s[j]);
        }
        double sum = 0;
        for (int j = 0; j < n; j++) {
          s[j] = Math.exp(s[j] - max);
          sum += s[j];
        }
        for (int j = 0; j < n; j++) {
          for (int e = 0; e < d; e++) {
            ctx[i][o + e] += s[j] / sum * v[j][o + e];
          }
        }
      }
    }
    return ctx;
  }

  private double[][] lin(double[][] x, String pre) {
    double[] wt = t(pre + ".weight");
    double[] b = t(pre + ".bias");
    int out = b.length;
    int in = x[0].length;
    double[][] r = new double[x.length][out];
    for (int i = 0; i < x.length; i++) {
      for (int o = 0; o < out; o++) {
        double s = b[o];
        for (int j = 0; j < in; j++) {
          s += x[i][j] * wt[o * in + j];
        }
        r[i][o] = s;
      }
    }
    return r;
  }

  private double[][] ln(double[][] x, String pre) {
    double[] g = t(pre + ".weight");
    double[] b = t(pre + ".bias");
    double[][] r = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      double mean = 0;
      for (double v : x[i]) {
        mean += v / x[i].length;
      }
      double var = 0;
      for (double v : x[i]) {
        var += (v - mean) * (v - mean) / x[i].length;
      }
      r[i] = new double[x[i].length];
      for (int j = 0; j < x[i].length; j++) {
        r[i][j] = (x[i][j] - mean) / Math.sqrt(var + c.layerNormEps()) * g[j] + b[j];
      }
    }
    return r;
  }

  private static double[][] add(double[][] a, double[][] b) {
    double[][] r = new double[a.length][a[0].length];
    for (int i = 0; i < a.length; i++) {
      for (int j = 0; j < a[0].length; j++) {
        r[i][j] = a[i][j] + b[i][j];
      }
    }
    return r;
  }

  private static double[][] gelu(double[][] x) {
    double[][] r = new double[x.length][x[0].length];
    for (int i = 0; i < x.length; i++) {
      for (int j = 0; j < x[0].length; j++) {
        r[i][j] = 0.5 * x[i][j] * (1 + erf(x[i][j] / Math.sqrt(2)));
      }
    }
    return r;
  }

  /// erf by Abramowitz–Stegun 7.1.26 (|error| ≤ 1.5e-7).
  private static double erf(double z) {
    double t = 1 / (1 + 0.3275911 * Math.abs(z));
    double y = 1 - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736) * t + 0.254829592)
        * t * Math.exp(-z * z);
    return z >= 0 ? y : -y;
  }
}
