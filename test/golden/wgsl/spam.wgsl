// ======== kernel run_0_gather ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %3 = gather %2, %0  gather x 32, vocabulary 5000
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 32) { return; }
  let d = gid % 32;
  var r_ = gid / 32;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let id = bitcast<i32>(W[i0 * u.T + i1]);
  var x = 0.0f;
  if (id >= 0 && id < 5000) { x = bitcast<f32>(M[d + id * 32]); }
  W[i0 * u.T * 32 + u.B * u.T * 2 + d + i1 * 32] = bitcast<u32>(x);
}

// ======== kernel run_1_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (8 kernels)  [32, 32]
//   %17 = concat %4, %5, %6, %7 axis=1 (piece 1/4)
//   %17 = concat %4, %5, %6, %7 axis=1 (piece 2/4)
//   %17 = concat %4, %5, %6, %7 axis=1 (piece 3/4)
//   %17 = concat %4, %5, %6, %7 axis=1 (piece 4/4)
//   %19 = concat %8, %9, %10, %11 axis=1 (piece 1/4)
//   %19 = concat %8, %9, %10, %11 axis=1 (piece 2/4)
//   %19 = concat %8, %9, %10, %11 axis=1 (piece 3/4)
//   %19 = concat %8, %9, %10, %11 axis=1 (piece 4/4)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 32 + i1 + 160000]);
  let v1 = bitcast<f32>(M[i0 * 32 + i1 + 161024]);
  let v2 = bitcast<f32>(M[i0 * 32 + i1 + 162048]);
  let v3 = bitcast<f32>(M[i0 * 32 + i1 + 163072]);
  let v4 = bitcast<f32>(M[i0 * 32 + i1 + 164096]);
  let v5 = bitcast<f32>(M[i0 * 32 + i1 + 165120]);
  let v6 = bitcast<f32>(M[i0 * 32 + i1 + 166144]);
  let v7 = bitcast<f32>(M[i0 * 32 + i1 + 167168]);
  M[i0 * 128 + i1 + 505164] = bitcast<u32>(v0);
  M[i0 * 128 + i1 + 505196] = bitcast<u32>(v1);
  M[i0 * 128 + i1 + 505228] = bitcast<u32>(v2);
  M[i0 * 128 + i1 + 505260] = bitcast<u32>(v3);
  M[i0 * 128 + i1 + 509260] = bitcast<u32>(v4);
  M[i0 * 128 + i1 + 509292] = bitcast<u32>(v5);
  M[i0 * 128 + i1 + 509324] = bitcast<u32>(v6);
  M[i0 * 128 + i1 + 509356] = bitcast<u32>(v7);
}

// ======== kernel run_2_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %18 = matmul %3, %17  [u.B * u.T, 32] x [32, 128], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 32;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 124);
  let quad1 = min(c0 + 4, 124);
  let quad2 = min(c0 + 8, 124);
  let quad3 = min(c0 + 12, 124);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 128 + quad0 + 505164) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 128 + quad1 + 505164) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 128 + quad2 + 505164) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 128 + quad3 + 505164) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 2 + kk + row0 * 32]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 2 + kk + row1 * 32]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 2 + kk + row2 * 32]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 2 + kk + row3 * 32]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 2 + kk + row4 * 32]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 2 + kk + row5 * 32]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 2 + kk + row6 * 32]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 2 + kk + row7 * 32]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 2 + kk + row8 * 32]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 2 + kk + row9 * 32]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 2 + kk + row10 * 32]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 2 + kk + row11 * 32]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 2 + kk + row12 * 32]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 2 + kk + row13 * 32]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 2 + kk + row14 * 32]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 2 + kk + row15 * 32]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row0 * 128] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row0 * 128] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row0 * 128] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row0 * 128] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row0 * 128] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row0 * 128] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row0 * 128] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row0 * 128] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row0 * 128] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row0 * 128] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row0 * 128] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row0 * 128] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row0 * 128] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row0 * 128] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row0 * 128] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row0 * 128] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row1 * 128] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row1 * 128] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row1 * 128] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row1 * 128] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row1 * 128] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row1 * 128] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row1 * 128] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row1 * 128] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row1 * 128] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row1 * 128] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row1 * 128] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row1 * 128] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row1 * 128] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row1 * 128] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row1 * 128] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row1 * 128] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row2 * 128] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row2 * 128] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row2 * 128] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row2 * 128] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row2 * 128] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row2 * 128] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row2 * 128] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row2 * 128] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row2 * 128] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row2 * 128] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row2 * 128] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row2 * 128] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row2 * 128] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row2 * 128] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row2 * 128] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row2 * 128] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row3 * 128] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row3 * 128] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row3 * 128] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row3 * 128] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row3 * 128] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row3 * 128] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row3 * 128] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row3 * 128] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row3 * 128] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row3 * 128] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row3 * 128] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row3 * 128] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row3 * 128] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row3 * 128] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row3 * 128] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row3 * 128] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row4 * 128] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row4 * 128] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row4 * 128] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row4 * 128] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row4 * 128] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row4 * 128] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row4 * 128] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row4 * 128] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row4 * 128] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row4 * 128] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row4 * 128] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row4 * 128] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row4 * 128] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row4 * 128] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row4 * 128] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row4 * 128] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row5 * 128] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row5 * 128] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row5 * 128] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row5 * 128] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row5 * 128] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row5 * 128] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row5 * 128] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row5 * 128] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row5 * 128] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row5 * 128] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row5 * 128] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row5 * 128] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row5 * 128] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row5 * 128] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row5 * 128] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row5 * 128] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row6 * 128] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row6 * 128] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row6 * 128] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row6 * 128] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row6 * 128] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row6 * 128] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row6 * 128] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row6 * 128] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row6 * 128] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row6 * 128] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row6 * 128] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row6 * 128] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row6 * 128] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row6 * 128] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row6 * 128] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row6 * 128] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row7 * 128] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row7 * 128] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row7 * 128] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row7 * 128] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row7 * 128] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row7 * 128] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row7 * 128] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row7 * 128] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row7 * 128] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row7 * 128] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row7 * 128] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row7 * 128] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row7 * 128] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row7 * 128] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row7 * 128] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row7 * 128] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row8 * 128] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row8 * 128] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row8 * 128] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row8 * 128] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row8 * 128] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row8 * 128] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row8 * 128] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row8 * 128] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row8 * 128] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row8 * 128] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row8 * 128] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row8 * 128] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row8 * 128] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row8 * 128] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row8 * 128] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row8 * 128] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row9 * 128] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row9 * 128] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row9 * 128] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row9 * 128] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row9 * 128] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row9 * 128] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row9 * 128] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row9 * 128] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row9 * 128] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row9 * 128] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row9 * 128] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row9 * 128] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row9 * 128] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row9 * 128] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row9 * 128] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row9 * 128] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row10 * 128] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row10 * 128] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row10 * 128] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row10 * 128] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row10 * 128] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row10 * 128] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row10 * 128] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row10 * 128] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row10 * 128] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row10 * 128] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row10 * 128] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row10 * 128] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row10 * 128] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row10 * 128] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row10 * 128] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row10 * 128] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row11 * 128] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row11 * 128] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row11 * 128] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row11 * 128] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row11 * 128] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row11 * 128] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row11 * 128] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row11 * 128] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row11 * 128] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row11 * 128] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row11 * 128] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row11 * 128] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row11 * 128] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row11 * 128] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row11 * 128] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row11 * 128] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row12 * 128] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row12 * 128] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row12 * 128] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row12 * 128] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row12 * 128] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row12 * 128] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row12 * 128] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row12 * 128] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row12 * 128] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row12 * 128] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row12 * 128] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row12 * 128] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row12 * 128] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row12 * 128] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row12 * 128] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row12 * 128] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row13 * 128] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row13 * 128] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row13 * 128] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row13 * 128] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row13 * 128] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row13 * 128] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row13 * 128] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row13 * 128] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row13 * 128] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row13 * 128] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row13 * 128] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row13 * 128] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row13 * 128] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row13 * 128] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row13 * 128] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row13 * 128] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row14 * 128] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row14 * 128] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row14 * 128] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row14 * 128] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row14 * 128] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row14 * 128] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row14 * 128] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row14 * 128] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row14 * 128] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row14 * 128] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row14 * 128] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row14 * 128] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row14 * 128] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row14 * 128] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row14 * 128] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row14 * 128] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row15 * 128] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row15 * 128] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row15 * 128] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row15 * 128] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row15 * 128] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row15 * 128] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row15 * 128] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row15 * 128] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row15 * 128] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row15 * 128] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row15 * 128] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row15 * 128] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row15 * 128] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row15 * 128] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row15 * 128] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row15 * 128] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_3_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %24 = reduce_sum %1 axis=1  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < u.T; i1++) {
    let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T + i1]);
    acc = acc + v0;
  }
  W[u.B * u.T * 162 + i0 + u.B * 64] = bitcast<u32>(acc);
}

// ======== kernel run_4_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (3 kernels)  [u.B, 32]
//   %20 = scan: init carry 'h'
//   %20 = scan: init carry 'c'
//   %29 = max %25, %28
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B * 64]);
  let v1 = max(v0, 1.0f);
  W[u.B * u.T * 162 + i0 * 32 + i1] = bitcast<u32>(0.0f);
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 32] = bitcast<u32>(0.0f);
  W[u.B * u.T * 162 + i0 + u.B * 192] = bitcast<u32>(v1);
}

// ======== kernel run_5_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// scan %20 body: %12 = matmul %0, %7  [u.B, 32] x [32, 128], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 32;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 124);
  let quad1 = min(c0 + 4, 124);
  let quad2 = min(c0 + 8, 124);
  let quad3 = min(c0 + 12, 124);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 128 + quad0 + 509260) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 128 + quad1 + 509260) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 128 + quad2 + 509260) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 128 + quad3 + 509260) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 162 + kk + row0 * 32]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 162 + kk + row1 * 32]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 162 + kk + row2 * 32]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 162 + kk + row3 * 32]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 162 + kk + row4 * 32]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 162 + kk + row5 * 32]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 162 + kk + row6 * 32]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 162 + kk + row7 * 32]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 162 + kk + row8 * 32]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 162 + kk + row9 * 32]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 162 + kk + row10 * 32]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 162 + kk + row11 * 32]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 162 + kk + row12 * 32]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 162 + kk + row13 * 32]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 162 + kk + row14 * 32]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 162 + kk + row15 * 32]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row0 * 128 + u.B * 64] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row1 * 128 + u.B * 64] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row2 * 128 + u.B * 64] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row3 * 128 + u.B * 64] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row4 * 128 + u.B * 64] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row5 * 128 + u.B * 64] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row6 * 128 + u.B * 64] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row7 * 128 + u.B * 64] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row8 * 128 + u.B * 64] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row9 * 128 + u.B * 64] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row10 * 128 + u.B * 64] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row11 * 128 + u.B * 64] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row12 * 128 + u.B * 64] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row13 * 128 + u.B * 64] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row14 * 128 + u.B * 64] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row15 * 128 + u.B * 64] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_6_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (20 kernels)  [u.B, 32]
//   scan %20 body: %17 = add %8, %13
//   scan %20 body: %18 = add %17, %3
//   scan %20 body: %19 = sigmoid %18
//   scan %20 body: %20 = add %9, %14
//   scan %20 body: %21 = add %20, %4
//   scan %20 body: %22 = sigmoid %21
//   scan %20 body: %23 = add %10, %15
//   scan %20 body: %24 = add %23, %5
//   scan %20 body: %25 = tanh %24
//   scan %20 body: %26 = mul %22, %1
//   scan %20 body: %27 = mul %19, %25
//   scan %20 body: %28 = add %26, %27
//   scan %20 body: %29 = add %11, %16
//   scan %20 body: %30 = add %29, %6
//   scan %20 body: %31 = sigmoid %30
//   scan %20 body: %32 = tanh %28
//   scan %20 body: %33 = mul %31, %32
//   %20 = scan: step output 'h' = %33 at t (masked: zero)
//   %20 = scan: carry 'h' = %33 (masked rows keep theirs)
//   %20 = scan: carry 'c' = %28 (masked rows keep theirs)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T + u.l0]);
  let v1 = v0 == 0.0f;
  let v2 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 32]);
  let v3 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.l0 * 128 + 32]);
  let v4 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 128 + i1 + u.B * 64 + 32]);
  let v5 = v3 + v4;
  let v6 = bitcast<f32>(M[i1 + 168224]);
  let v7 = v5 + v6;
  let v8 = (1.0f / (1.0f + exp(-(v7))));
  let v9 = v8 * v2;
  let v10 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.l0 * 128]);
  let v11 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 128 + i1 + u.B * 64]);
  let v12 = v10 + v11;
  let v13 = bitcast<f32>(M[i1 + 168192]);
  let v14 = v12 + v13;
  let v15 = (1.0f / (1.0f + exp(-(v14))));
  let v16 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.l0 * 128 + 64]);
  let v17 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 128 + i1 + u.B * 64 + 64]);
  let v18 = v16 + v17;
  let v19 = bitcast<f32>(M[i1 + 168256]);
  let v20 = v18 + v19;
  let v21 = tanh(clamp(v20, -15.0f, 15.0f));
  let v22 = v15 * v21;
  let v23 = v9 + v22;
  let v24 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.l0 * 128 + 96]);
  let v25 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 128 + i1 + u.B * 64 + 96]);
  let v26 = v24 + v25;
  let v27 = bitcast<f32>(M[i1 + 168288]);
  let v28 = v26 + v27;
  let v29 = (1.0f / (1.0f + exp(-(v28))));
  let v30 = tanh(clamp(v23, -15.0f, 15.0f));
  let v31 = v29 * v30;
  let v32 = select(v31, 0.0f, v1);
  let v33 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1]);
  let v34 = select(v31, v33, v1);
  let v35 = select(v23, v2, v1);
  W[i0 * u.T * 32 + u.B * u.T * 2 + i1 + u.l0 * 32] = bitcast<u32>(v32);
  W[u.B * u.T * 162 + i0 * 32 + i1] = bitcast<u32>(v34);
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 32] = bitcast<u32>(v35);
}

// ======== kernel run_7_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %26 = mul %22, %23  [u.B, u.T, 32]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 2 + i0 * 32 + i1]);
  let v1 = bitcast<f32>(W[u.B * u.T + i0]);
  let v2 = v0 * v1;
  W[u.B * u.T * 2 + i0 * 32 + i1] = bitcast<u32>(v2);
}

// ======== kernel run_8_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %27 = reduce_sum %26 axis=1  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  var acc = 0.0f;
  for (var i2 = 0; i2 < u.T; i2++) {
    let v0 = bitcast<f32>(W[i0 * u.T * 32 + u.B * u.T * 2 + i1 + i2 * 32]);
    acc = acc + v0;
  }
  W[u.B * u.T * 162 + i0 * 32 + i1] = bitcast<u32>(acc);
}

// ======== kernel run_9_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %30 = div %27, %29  [u.B, 32]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1]);
  let v1 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B * 192]);
  let v2 = v0 / v1;
  W[u.B * u.T * 162 + i0 * 32 + i1] = bitcast<u32>(v2);
}

// ======== kernel run_10_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %32 = matmul %30, %31  [u.B, 32] x [32, 2], 16 x 2 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 32;
  let c0 = i32(g.x) * 2;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let col0 = min(c0 + 0, 1);
  let col1 = min(c0 + 1, 1);
  var a0_0 = 0.0f; var a0_1 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let w0 = bitcast<f32>(M[col0 + kk * 2 + 168320]);
    let w1 = bitcast<f32>(M[col1 + kk * 2 + 168320]);
    let x0 = bitcast<f32>(W[u.B * u.T * 162 + kk + row0 * 32]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1;
    let x1 = bitcast<f32>(W[u.B * u.T * 162 + kk + row1 * 32]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1;
    let x2 = bitcast<f32>(W[u.B * u.T * 162 + kk + row2 * 32]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1;
    let x3 = bitcast<f32>(W[u.B * u.T * 162 + kk + row3 * 32]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1;
    let x4 = bitcast<f32>(W[u.B * u.T * 162 + kk + row4 * 32]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1;
    let x5 = bitcast<f32>(W[u.B * u.T * 162 + kk + row5 * 32]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1;
    let x6 = bitcast<f32>(W[u.B * u.T * 162 + kk + row6 * 32]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1;
    let x7 = bitcast<f32>(W[u.B * u.T * 162 + kk + row7 * 32]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1;
    let x8 = bitcast<f32>(W[u.B * u.T * 162 + kk + row8 * 32]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1;
    let x9 = bitcast<f32>(W[u.B * u.T * 162 + kk + row9 * 32]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1;
    let x10 = bitcast<f32>(W[u.B * u.T * 162 + kk + row10 * 32]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1;
    let x11 = bitcast<f32>(W[u.B * u.T * 162 + kk + row11 * 32]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1;
    let x12 = bitcast<f32>(W[u.B * u.T * 162 + kk + row12 * 32]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1;
    let x13 = bitcast<f32>(W[u.B * u.T * 162 + kk + row13 * 32]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1;
    let x14 = bitcast<f32>(W[u.B * u.T * 162 + kk + row14 * 32]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1;
    let x15 = bitcast<f32>(W[u.B * u.T * 162 + kk + row15 * 32]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row0 * 2 + u.B * 64] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row0 * 2 + u.B * 64] = bitcast<u32>(a0_1); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row1 * 2 + u.B * 64] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row1 * 2 + u.B * 64] = bitcast<u32>(a1_1); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row2 * 2 + u.B * 64] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row2 * 2 + u.B * 64] = bitcast<u32>(a2_1); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row3 * 2 + u.B * 64] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row3 * 2 + u.B * 64] = bitcast<u32>(a3_1); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row4 * 2 + u.B * 64] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row4 * 2 + u.B * 64] = bitcast<u32>(a4_1); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row5 * 2 + u.B * 64] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row5 * 2 + u.B * 64] = bitcast<u32>(a5_1); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row6 * 2 + u.B * 64] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row6 * 2 + u.B * 64] = bitcast<u32>(a6_1); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row7 * 2 + u.B * 64] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row7 * 2 + u.B * 64] = bitcast<u32>(a7_1); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row8 * 2 + u.B * 64] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row8 * 2 + u.B * 64] = bitcast<u32>(a8_1); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row9 * 2 + u.B * 64] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row9 * 2 + u.B * 64] = bitcast<u32>(a9_1); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row10 * 2 + u.B * 64] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row10 * 2 + u.B * 64] = bitcast<u32>(a10_1); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row11 * 2 + u.B * 64] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row11 * 2 + u.B * 64] = bitcast<u32>(a11_1); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row12 * 2 + u.B * 64] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row12 * 2 + u.B * 64] = bitcast<u32>(a12_1); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row13 * 2 + u.B * 64] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row13 * 2 + u.B * 64] = bitcast<u32>(a13_1); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row14 * 2 + u.B * 64] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row14 * 2 + u.B * 64] = bitcast<u32>(a14_1); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row15 * 2 + u.B * 64] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row15 * 2 + u.B * 64] = bitcast<u32>(a15_1); }
  }
}

// ======== kernel run_11_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %34 = add %32, %33  [u.B, 2]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 2) { return; }
  var r_ = gid;
  let i1 = r_ % (2);
  r_ = r_ / (2);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 64]);
  let v1 = bitcast<f32>(M[i1 + 168384]);
  let v2 = v0 + v1;
  W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 193] = bitcast<u32>(v2);
}

// ======== kernel runEval_0_gather ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %4 = gather %3, %0  gather x 32, vocabulary 5000
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 32) { return; }
  let d = gid % 32;
  var r_ = gid / 32;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let id = bitcast<i32>(W[i0 * u.T + i1]);
  var x = 0.0f;
  if (id >= 0 && id < 5000) { x = bitcast<f32>(M[d + id * 32]); }
  W[i0 * u.T * 32 + u.B * u.T * 2 + d + i1 * 32 + u.B] = bitcast<u32>(x);
}

// ======== kernel runEval_1_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (8 kernels)  [32, 32]
//   %18 = concat %5, %6, %7, %8 axis=1 (piece 1/4)
//   %18 = concat %5, %6, %7, %8 axis=1 (piece 2/4)
//   %18 = concat %5, %6, %7, %8 axis=1 (piece 3/4)
//   %18 = concat %5, %6, %7, %8 axis=1 (piece 4/4)
//   %20 = concat %9, %10, %11, %12 axis=1 (piece 1/4)
//   %20 = concat %9, %10, %11, %12 axis=1 (piece 2/4)
//   %20 = concat %9, %10, %11, %12 axis=1 (piece 3/4)
//   %20 = concat %9, %10, %11, %12 axis=1 (piece 4/4)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 32 + i1 + 160000]);
  let v1 = bitcast<f32>(M[i0 * 32 + i1 + 161024]);
  let v2 = bitcast<f32>(M[i0 * 32 + i1 + 162048]);
  let v3 = bitcast<f32>(M[i0 * 32 + i1 + 163072]);
  let v4 = bitcast<f32>(M[i0 * 32 + i1 + 164096]);
  let v5 = bitcast<f32>(M[i0 * 32 + i1 + 165120]);
  let v6 = bitcast<f32>(M[i0 * 32 + i1 + 166144]);
  let v7 = bitcast<f32>(M[i0 * 32 + i1 + 167168]);
  M[i0 * 128 + i1 + 505164] = bitcast<u32>(v0);
  M[i0 * 128 + i1 + 505196] = bitcast<u32>(v1);
  M[i0 * 128 + i1 + 505228] = bitcast<u32>(v2);
  M[i0 * 128 + i1 + 505260] = bitcast<u32>(v3);
  M[i0 * 128 + i1 + 509260] = bitcast<u32>(v4);
  M[i0 * 128 + i1 + 509292] = bitcast<u32>(v5);
  M[i0 * 128 + i1 + 509324] = bitcast<u32>(v6);
  M[i0 * 128 + i1 + 509356] = bitcast<u32>(v7);
}

// ======== kernel runEval_2_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %19 = matmul %4, %18  [u.B * u.T, 32] x [32, 128], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 32;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 124);
  let quad1 = min(c0 + 4, 124);
  let quad2 = min(c0 + 8, 124);
  let quad3 = min(c0 + 12, 124);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 128 + quad0 + 505164) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 128 + quad1 + 505164) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 128 + quad2 + 505164) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 128 + quad3 + 505164) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 2 + kk + row0 * 32 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 2 + kk + row1 * 32 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 2 + kk + row2 * 32 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 2 + kk + row3 * 32 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 2 + kk + row4 * 32 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 2 + kk + row5 * 32 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 2 + kk + row6 * 32 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 2 + kk + row7 * 32 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 2 + kk + row8 * 32 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 2 + kk + row9 * 32 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 2 + kk + row10 * 32 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 2 + kk + row11 * 32 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 2 + kk + row12 * 32 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 2 + kk + row13 * 32 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 2 + kk + row14 * 32 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 2 + kk + row15 * 32 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row0 * 128 + u.B] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row0 * 128 + u.B] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row0 * 128 + u.B] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row0 * 128 + u.B] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row0 * 128 + u.B] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row0 * 128 + u.B] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row0 * 128 + u.B] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row0 * 128 + u.B] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row0 * 128 + u.B] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row0 * 128 + u.B] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row0 * 128 + u.B] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row0 * 128 + u.B] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row0 * 128 + u.B] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row0 * 128 + u.B] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row0 * 128 + u.B] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row0 * 128 + u.B] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row1 * 128 + u.B] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row1 * 128 + u.B] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row1 * 128 + u.B] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row1 * 128 + u.B] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row1 * 128 + u.B] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row1 * 128 + u.B] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row1 * 128 + u.B] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row1 * 128 + u.B] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row1 * 128 + u.B] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row1 * 128 + u.B] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row1 * 128 + u.B] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row1 * 128 + u.B] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row1 * 128 + u.B] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row1 * 128 + u.B] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row1 * 128 + u.B] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row1 * 128 + u.B] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row2 * 128 + u.B] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row2 * 128 + u.B] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row2 * 128 + u.B] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row2 * 128 + u.B] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row2 * 128 + u.B] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row2 * 128 + u.B] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row2 * 128 + u.B] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row2 * 128 + u.B] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row2 * 128 + u.B] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row2 * 128 + u.B] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row2 * 128 + u.B] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row2 * 128 + u.B] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row2 * 128 + u.B] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row2 * 128 + u.B] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row2 * 128 + u.B] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row2 * 128 + u.B] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row3 * 128 + u.B] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row3 * 128 + u.B] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row3 * 128 + u.B] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row3 * 128 + u.B] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row3 * 128 + u.B] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row3 * 128 + u.B] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row3 * 128 + u.B] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row3 * 128 + u.B] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row3 * 128 + u.B] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row3 * 128 + u.B] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row3 * 128 + u.B] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row3 * 128 + u.B] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row3 * 128 + u.B] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row3 * 128 + u.B] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row3 * 128 + u.B] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row3 * 128 + u.B] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row4 * 128 + u.B] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row4 * 128 + u.B] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row4 * 128 + u.B] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row4 * 128 + u.B] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row4 * 128 + u.B] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row4 * 128 + u.B] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row4 * 128 + u.B] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row4 * 128 + u.B] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row4 * 128 + u.B] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row4 * 128 + u.B] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row4 * 128 + u.B] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row4 * 128 + u.B] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row4 * 128 + u.B] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row4 * 128 + u.B] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row4 * 128 + u.B] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row4 * 128 + u.B] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row5 * 128 + u.B] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row5 * 128 + u.B] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row5 * 128 + u.B] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row5 * 128 + u.B] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row5 * 128 + u.B] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row5 * 128 + u.B] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row5 * 128 + u.B] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row5 * 128 + u.B] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row5 * 128 + u.B] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row5 * 128 + u.B] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row5 * 128 + u.B] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row5 * 128 + u.B] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row5 * 128 + u.B] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row5 * 128 + u.B] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row5 * 128 + u.B] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row5 * 128 + u.B] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row6 * 128 + u.B] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row6 * 128 + u.B] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row6 * 128 + u.B] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row6 * 128 + u.B] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row6 * 128 + u.B] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row6 * 128 + u.B] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row6 * 128 + u.B] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row6 * 128 + u.B] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row6 * 128 + u.B] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row6 * 128 + u.B] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row6 * 128 + u.B] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row6 * 128 + u.B] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row6 * 128 + u.B] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row6 * 128 + u.B] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row6 * 128 + u.B] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row6 * 128 + u.B] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row7 * 128 + u.B] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row7 * 128 + u.B] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row7 * 128 + u.B] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row7 * 128 + u.B] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row7 * 128 + u.B] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row7 * 128 + u.B] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row7 * 128 + u.B] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row7 * 128 + u.B] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row7 * 128 + u.B] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row7 * 128 + u.B] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row7 * 128 + u.B] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row7 * 128 + u.B] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row7 * 128 + u.B] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row7 * 128 + u.B] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row7 * 128 + u.B] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row7 * 128 + u.B] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row8 * 128 + u.B] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row8 * 128 + u.B] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row8 * 128 + u.B] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row8 * 128 + u.B] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row8 * 128 + u.B] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row8 * 128 + u.B] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row8 * 128 + u.B] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row8 * 128 + u.B] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row8 * 128 + u.B] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row8 * 128 + u.B] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row8 * 128 + u.B] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row8 * 128 + u.B] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row8 * 128 + u.B] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row8 * 128 + u.B] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row8 * 128 + u.B] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row8 * 128 + u.B] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row9 * 128 + u.B] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row9 * 128 + u.B] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row9 * 128 + u.B] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row9 * 128 + u.B] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row9 * 128 + u.B] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row9 * 128 + u.B] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row9 * 128 + u.B] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row9 * 128 + u.B] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row9 * 128 + u.B] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row9 * 128 + u.B] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row9 * 128 + u.B] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row9 * 128 + u.B] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row9 * 128 + u.B] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row9 * 128 + u.B] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row9 * 128 + u.B] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row9 * 128 + u.B] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row10 * 128 + u.B] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row10 * 128 + u.B] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row10 * 128 + u.B] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row10 * 128 + u.B] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row10 * 128 + u.B] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row10 * 128 + u.B] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row10 * 128 + u.B] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row10 * 128 + u.B] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row10 * 128 + u.B] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row10 * 128 + u.B] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row10 * 128 + u.B] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row10 * 128 + u.B] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row10 * 128 + u.B] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row10 * 128 + u.B] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row10 * 128 + u.B] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row10 * 128 + u.B] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row11 * 128 + u.B] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row11 * 128 + u.B] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row11 * 128 + u.B] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row11 * 128 + u.B] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row11 * 128 + u.B] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row11 * 128 + u.B] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row11 * 128 + u.B] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row11 * 128 + u.B] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row11 * 128 + u.B] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row11 * 128 + u.B] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row11 * 128 + u.B] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row11 * 128 + u.B] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row11 * 128 + u.B] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row11 * 128 + u.B] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row11 * 128 + u.B] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row11 * 128 + u.B] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row12 * 128 + u.B] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row12 * 128 + u.B] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row12 * 128 + u.B] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row12 * 128 + u.B] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row12 * 128 + u.B] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row12 * 128 + u.B] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row12 * 128 + u.B] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row12 * 128 + u.B] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row12 * 128 + u.B] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row12 * 128 + u.B] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row12 * 128 + u.B] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row12 * 128 + u.B] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row12 * 128 + u.B] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row12 * 128 + u.B] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row12 * 128 + u.B] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row12 * 128 + u.B] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row13 * 128 + u.B] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row13 * 128 + u.B] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row13 * 128 + u.B] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row13 * 128 + u.B] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row13 * 128 + u.B] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row13 * 128 + u.B] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row13 * 128 + u.B] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row13 * 128 + u.B] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row13 * 128 + u.B] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row13 * 128 + u.B] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row13 * 128 + u.B] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row13 * 128 + u.B] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row13 * 128 + u.B] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row13 * 128 + u.B] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row13 * 128 + u.B] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row13 * 128 + u.B] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row14 * 128 + u.B] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row14 * 128 + u.B] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row14 * 128 + u.B] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row14 * 128 + u.B] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row14 * 128 + u.B] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row14 * 128 + u.B] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row14 * 128 + u.B] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row14 * 128 + u.B] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row14 * 128 + u.B] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row14 * 128 + u.B] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row14 * 128 + u.B] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row14 * 128 + u.B] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row14 * 128 + u.B] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row14 * 128 + u.B] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row14 * 128 + u.B] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row14 * 128 + u.B] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row15 * 128 + u.B] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row15 * 128 + u.B] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row15 * 128 + u.B] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row15 * 128 + u.B] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row15 * 128 + u.B] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row15 * 128 + u.B] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row15 * 128 + u.B] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row15 * 128 + u.B] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row15 * 128 + u.B] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row15 * 128 + u.B] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row15 * 128 + u.B] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row15 * 128 + u.B] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row15 * 128 + u.B] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row15 * 128 + u.B] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row15 * 128 + u.B] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row15 * 128 + u.B] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runEval_3_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (2 kernels)  [u.B, 32]
//   %21 = scan: init carry 'h'
//   %21 = scan: init carry 'c'
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  let i0 = gid;
  W[u.B * u.T * 162 + i0 + u.B] = bitcast<u32>(0.0f);
  W[u.B * u.T * 162 + i0 + u.B * 33] = bitcast<u32>(0.0f);
}

// ======== kernel runEval_4_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// scan %21 body: %12 = matmul %0, %7  [u.B, 32] x [32, 128], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 32;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 124);
  let quad1 = min(c0 + 4, 124);
  let quad2 = min(c0 + 8, 124);
  let quad3 = min(c0 + 12, 124);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 128 + quad0 + 509260) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 128 + quad1 + 509260) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 128 + quad2 + 509260) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 128 + quad3 + 509260) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 162 + kk + row0 * 32 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 162 + kk + row1 * 32 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 162 + kk + row2 * 32 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 162 + kk + row3 * 32 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 162 + kk + row4 * 32 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 162 + kk + row5 * 32 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 162 + kk + row6 * 32 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 162 + kk + row7 * 32 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 162 + kk + row8 * 32 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 162 + kk + row9 * 32 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 162 + kk + row10 * 32 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 162 + kk + row11 * 32 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 162 + kk + row12 * 32 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 162 + kk + row13 * 32 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 162 + kk + row14 * 32 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 162 + kk + row15 * 32 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 162 + (quad0 + 0) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 162 + (quad0 + 1) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 162 + (quad0 + 2) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 162 + (quad0 + 3) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 162 + (quad1 + 0) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 162 + (quad1 + 1) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 162 + (quad1 + 2) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 162 + (quad1 + 3) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 162 + (quad2 + 0) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 162 + (quad2 + 1) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 162 + (quad2 + 2) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 162 + (quad2 + 3) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 162 + (quad3 + 0) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 162 + (quad3 + 1) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 162 + (quad3 + 2) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 162 + (quad3 + 3) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runEval_5_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (20 kernels)  [u.B, 32]
//   scan %21 body: %17 = add %8, %13
//   scan %21 body: %18 = add %17, %3
//   scan %21 body: %19 = sigmoid %18
//   scan %21 body: %20 = add %9, %14
//   scan %21 body: %21 = add %20, %4
//   scan %21 body: %22 = sigmoid %21
//   scan %21 body: %23 = add %10, %15
//   scan %21 body: %24 = add %23, %5
//   scan %21 body: %25 = tanh %24
//   scan %21 body: %26 = mul %22, %1
//   scan %21 body: %27 = mul %19, %25
//   scan %21 body: %28 = add %26, %27
//   scan %21 body: %29 = add %11, %16
//   scan %21 body: %30 = add %29, %6
//   scan %21 body: %31 = sigmoid %30
//   scan %21 body: %32 = tanh %28
//   scan %21 body: %33 = mul %31, %32
//   %21 = scan: step output 'h' = %33 at t (masked: zero)
//   %21 = scan: carry 'h' = %33 (masked rows keep theirs)
//   %21 = scan: carry 'c' = %28 (masked rows keep theirs)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T + u.l0]);
  let v1 = v0 == 0.0f;
  let v2 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33]);
  let v3 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.B + u.l0 * 128 + 32]);
  let v4 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 128 + i1 + u.B * 65 + 32]);
  let v5 = v3 + v4;
  let v6 = bitcast<f32>(M[i1 + 168224]);
  let v7 = v5 + v6;
  let v8 = (1.0f / (1.0f + exp(-(v7))));
  let v9 = v8 * v2;
  let v10 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.B + u.l0 * 128]);
  let v11 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 128 + i1 + u.B * 65]);
  let v12 = v10 + v11;
  let v13 = bitcast<f32>(M[i1 + 168192]);
  let v14 = v12 + v13;
  let v15 = (1.0f / (1.0f + exp(-(v14))));
  let v16 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.B + u.l0 * 128 + 64]);
  let v17 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 128 + i1 + u.B * 65 + 64]);
  let v18 = v16 + v17;
  let v19 = bitcast<f32>(M[i1 + 168256]);
  let v20 = v18 + v19;
  let v21 = tanh(clamp(v20, -15.0f, 15.0f));
  let v22 = v15 * v21;
  let v23 = v9 + v22;
  let v24 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.B + u.l0 * 128 + 96]);
  let v25 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 128 + i1 + u.B * 65 + 96]);
  let v26 = v24 + v25;
  let v27 = bitcast<f32>(M[i1 + 168288]);
  let v28 = v26 + v27;
  let v29 = (1.0f / (1.0f + exp(-(v28))));
  let v30 = tanh(clamp(v23, -15.0f, 15.0f));
  let v31 = v29 * v30;
  let v32 = select(v31, 0.0f, v1);
  let v33 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1 + u.B]);
  let v34 = select(v31, v33, v1);
  let v35 = select(v23, v2, v1);
  W[i0 * u.T * 32 + u.B * u.T * 2 + i1 + u.B + u.l0 * 32] = bitcast<u32>(v32);
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B] = bitcast<u32>(v34);
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33] = bitcast<u32>(v35);
}

// ======== kernel runEval_6_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %25 = reduce_sum %1 axis=1  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < u.T; i1++) {
    let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T + i1]);
    acc = acc + v0;
  }
  W[u.B * u.T * 162 + i0 + u.B] = bitcast<u32>(acc);
}

// ======== kernel runEval_7_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %28 = mul %23, %24  [u.B, u.T, 32]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 2 + i0 * 32 + i1 + u.B]);
  let v1 = bitcast<f32>(W[u.B * u.T + i0]);
  let v2 = v0 * v1;
  W[u.B * u.T * 2 + i0 * 32 + i1 + u.B] = bitcast<u32>(v2);
}

// ======== kernel runEval_8_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %29 = reduce_sum %28 axis=1  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  var acc = 0.0f;
  for (var i2 = 0; i2 < u.T; i2++) {
    let v0 = bitcast<f32>(W[i0 * u.T * 32 + u.B * u.T * 2 + i1 + i2 * 32 + u.B]);
    acc = acc + v0;
  }
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33] = bitcast<u32>(acc);
}

// ======== kernel runEval_9_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %30 = max %26, %27  [u.B, 1]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B]);
  let v1 = max(v0, 1.0f);
  W[u.B * u.T * 162 + i0 + u.B * 65] = bitcast<u32>(v1);
}

// ======== kernel runEval_10_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %31 = div %29, %30  [u.B, 32]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33]);
  let v1 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B * 65]);
  let v2 = v0 / v1;
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B] = bitcast<u32>(v2);
}

// ======== kernel runEval_11_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %33 = matmul %31, %32  [u.B, 32] x [32, 2], 16 x 2 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 32;
  let c0 = i32(g.x) * 2;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let col0 = min(c0 + 0, 1);
  let col1 = min(c0 + 1, 1);
  var a0_0 = 0.0f; var a0_1 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let w0 = bitcast<f32>(M[col0 + kk * 2 + 168320]);
    let w1 = bitcast<f32>(M[col1 + kk * 2 + 168320]);
    let x0 = bitcast<f32>(W[u.B * u.T * 162 + kk + row0 * 32 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1;
    let x1 = bitcast<f32>(W[u.B * u.T * 162 + kk + row1 * 32 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1;
    let x2 = bitcast<f32>(W[u.B * u.T * 162 + kk + row2 * 32 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1;
    let x3 = bitcast<f32>(W[u.B * u.T * 162 + kk + row3 * 32 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1;
    let x4 = bitcast<f32>(W[u.B * u.T * 162 + kk + row4 * 32 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1;
    let x5 = bitcast<f32>(W[u.B * u.T * 162 + kk + row5 * 32 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1;
    let x6 = bitcast<f32>(W[u.B * u.T * 162 + kk + row6 * 32 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1;
    let x7 = bitcast<f32>(W[u.B * u.T * 162 + kk + row7 * 32 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1;
    let x8 = bitcast<f32>(W[u.B * u.T * 162 + kk + row8 * 32 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1;
    let x9 = bitcast<f32>(W[u.B * u.T * 162 + kk + row9 * 32 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1;
    let x10 = bitcast<f32>(W[u.B * u.T * 162 + kk + row10 * 32 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1;
    let x11 = bitcast<f32>(W[u.B * u.T * 162 + kk + row11 * 32 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1;
    let x12 = bitcast<f32>(W[u.B * u.T * 162 + kk + row12 * 32 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1;
    let x13 = bitcast<f32>(W[u.B * u.T * 162 + kk + row13 * 32 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1;
    let x14 = bitcast<f32>(W[u.B * u.T * 162 + kk + row14 * 32 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1;
    let x15 = bitcast<f32>(W[u.B * u.T * 162 + kk + row15 * 32 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row0 * 2 + u.B * 33] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row0 * 2 + u.B * 33] = bitcast<u32>(a0_1); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row1 * 2 + u.B * 33] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row1 * 2 + u.B * 33] = bitcast<u32>(a1_1); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row2 * 2 + u.B * 33] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row2 * 2 + u.B * 33] = bitcast<u32>(a2_1); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row3 * 2 + u.B * 33] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row3 * 2 + u.B * 33] = bitcast<u32>(a3_1); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row4 * 2 + u.B * 33] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row4 * 2 + u.B * 33] = bitcast<u32>(a4_1); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row5 * 2 + u.B * 33] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row5 * 2 + u.B * 33] = bitcast<u32>(a5_1); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row6 * 2 + u.B * 33] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row6 * 2 + u.B * 33] = bitcast<u32>(a6_1); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row7 * 2 + u.B * 33] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row7 * 2 + u.B * 33] = bitcast<u32>(a7_1); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row8 * 2 + u.B * 33] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row8 * 2 + u.B * 33] = bitcast<u32>(a8_1); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row9 * 2 + u.B * 33] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row9 * 2 + u.B * 33] = bitcast<u32>(a9_1); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row10 * 2 + u.B * 33] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row10 * 2 + u.B * 33] = bitcast<u32>(a10_1); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row11 * 2 + u.B * 33] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row11 * 2 + u.B * 33] = bitcast<u32>(a11_1); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row12 * 2 + u.B * 33] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row12 * 2 + u.B * 33] = bitcast<u32>(a12_1); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row13 * 2 + u.B * 33] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row13 * 2 + u.B * 33] = bitcast<u32>(a13_1); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row14 * 2 + u.B * 33] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row14 * 2 + u.B * 33] = bitcast<u32>(a14_1); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row15 * 2 + u.B * 33] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row15 * 2 + u.B * 33] = bitcast<u32>(a15_1); }
  }
}

// ======== kernel runEval_12_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %35 = add %33, %34  [u.B, 2]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 2) { return; }
  var r_ = gid;
  let i1 = r_ % (2);
  r_ = r_ / (2);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 33]);
  let v1 = bitcast<f32>(M[i1 + 168384]);
  let v2 = v0 + v1;
  W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 193] = bitcast<u32>(v2);
}

// ======== kernel runEval_13_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %36 = reduce_max %35 axis=1  reduce_max over 2
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  var acc = bitcast<f32>(0xff800000u | u32(u.T ^ u.T));
  for (var i1 = 0; i1 < 2; i1++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 193]);
    acc = max(acc, v0);
  }
  W[u.B * u.T * 162 + i0 + u.B] = bitcast<u32>(acc);
}

// ======== kernel runEval_14_one_hot ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %42 = one_hot %2 depth=2  one_hot x 2
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 2) { return; }
  let d = gid % 2;
  let i0 = gid / 2;
  let id = bitcast<i32>(W[u.B * u.T * 2 + i0]);
  W[u.B * u.T * 162 + d + i0 * 2 + u.B * 33] = bitcast<u32>(select(0.0f, 1.0f, d == id));
}

// ======== kernel runEval_15_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (3 kernels)  [u.B, 2]
//   %38 = sub %35, %37
//   %39 = exp %38
//   %43 = mul %38, %42
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 2) { return; }
  var r_ = gid;
  let i1 = r_ % (2);
  r_ = r_ / (2);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 193]);
  let v1 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B]);
  let v2 = v0 - v1;
  let v3 = exp(v2);
  let v4 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 33]);
  let v5 = v2 * v4;
  W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 33] = bitcast<u32>(v3);
  W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 65] = bitcast<u32>(v5);
}

// ======== kernel runEval_16_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %40 = reduce_sum %39 axis=1  reduce_sum over 2
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 2; i1++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 33]);
    acc = acc + v0;
  }
  W[u.B * u.T * 162 + i0 + u.B] = bitcast<u32>(acc);
}

// ======== kernel runEval_17_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %41 = log %40  [u.B]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B]);
  let v1 = log(v0);
  W[u.B * u.T * 162 + i0 + u.B] = bitcast<u32>(v1);
}

// ======== kernel runEval_18_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %44 = reduce_sum %43 axis=1  reduce_sum over 2
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 2; i1++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 65]);
    acc = acc + v0;
  }
  W[u.B * u.T * 162 + i0 + u.B * 33] = bitcast<u32>(acc);
}

// ======== kernel runEval_19_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %45 = sub %41, %44  [u.B]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B]);
  let v1 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B * 33]);
  let v2 = v0 - v1;
  W[u.B * u.T * 162 + i0 + u.B] = bitcast<u32>(v2);
}

// ======== kernel runEval_20_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %46 = reduce_mean %45 axis=0  reduce_mean over u.B
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  var acc = 0.0f;
  for (var i0 = 0; i0 < u.B; i0++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B]);
    acc = acc + v0;
  }
  M[513356] = bitcast<u32>(acc / f32(u.B));
}

// ======== kernel runTrain_0_gather ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %4 = gather %3, %0  gather x 32, vocabulary 5000
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 32) { return; }
  let d = gid % 32;
  var r_ = gid / 32;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let id = bitcast<i32>(W[i0 * u.T + i1]);
  var x = 0.0f;
  if (id >= 0 && id < 5000) { x = bitcast<f32>(M[d + id * 32]); }
  W[i0 * u.T * 32 + u.B * u.T * 2 + d + i1 * 32 + u.B] = bitcast<u32>(x);
}

// ======== kernel runTrain_1_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (8 kernels)  [32, 32]
//   %18 = concat %5, %6, %7, %8 axis=1 (piece 1/4)
//   %18 = concat %5, %6, %7, %8 axis=1 (piece 2/4)
//   %18 = concat %5, %6, %7, %8 axis=1 (piece 3/4)
//   %18 = concat %5, %6, %7, %8 axis=1 (piece 4/4)
//   %20 = concat %9, %10, %11, %12 axis=1 (piece 1/4)
//   %20 = concat %9, %10, %11, %12 axis=1 (piece 2/4)
//   %20 = concat %9, %10, %11, %12 axis=1 (piece 3/4)
//   %20 = concat %9, %10, %11, %12 axis=1 (piece 4/4)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 32 + i1 + 160000]);
  let v1 = bitcast<f32>(M[i0 * 32 + i1 + 161024]);
  let v2 = bitcast<f32>(M[i0 * 32 + i1 + 162048]);
  let v3 = bitcast<f32>(M[i0 * 32 + i1 + 163072]);
  let v4 = bitcast<f32>(M[i0 * 32 + i1 + 164096]);
  let v5 = bitcast<f32>(M[i0 * 32 + i1 + 165120]);
  let v6 = bitcast<f32>(M[i0 * 32 + i1 + 166144]);
  let v7 = bitcast<f32>(M[i0 * 32 + i1 + 167168]);
  M[i0 * 128 + i1 + 505164] = bitcast<u32>(v0);
  M[i0 * 128 + i1 + 505196] = bitcast<u32>(v1);
  M[i0 * 128 + i1 + 505228] = bitcast<u32>(v2);
  M[i0 * 128 + i1 + 505260] = bitcast<u32>(v3);
  M[i0 * 128 + i1 + 509260] = bitcast<u32>(v4);
  M[i0 * 128 + i1 + 509292] = bitcast<u32>(v5);
  M[i0 * 128 + i1 + 509324] = bitcast<u32>(v6);
  M[i0 * 128 + i1 + 509356] = bitcast<u32>(v7);
}

// ======== kernel runTrain_2_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %19 = matmul %4, %18  [u.B * u.T, 32] x [32, 128], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 32;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 124);
  let quad1 = min(c0 + 4, 124);
  let quad2 = min(c0 + 8, 124);
  let quad3 = min(c0 + 12, 124);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 128 + quad0 + 505164) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 128 + quad1 + 505164) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 128 + quad2 + 505164) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 128 + quad3 + 505164) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 2 + kk + row0 * 32 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 2 + kk + row1 * 32 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 2 + kk + row2 * 32 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 2 + kk + row3 * 32 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 2 + kk + row4 * 32 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 2 + kk + row5 * 32 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 2 + kk + row6 * 32 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 2 + kk + row7 * 32 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 2 + kk + row8 * 32 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 2 + kk + row9 * 32 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 2 + kk + row10 * 32 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 2 + kk + row11 * 32 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 2 + kk + row12 * 32 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 2 + kk + row13 * 32 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 2 + kk + row14 * 32 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 2 + kk + row15 * 32 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row0 * 128 + u.B] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row0 * 128 + u.B] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row0 * 128 + u.B] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row0 * 128 + u.B] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row0 * 128 + u.B] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row0 * 128 + u.B] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row0 * 128 + u.B] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row0 * 128 + u.B] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row0 * 128 + u.B] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row0 * 128 + u.B] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row0 * 128 + u.B] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row0 * 128 + u.B] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row0 * 128 + u.B] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row0 * 128 + u.B] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row0 * 128 + u.B] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row0 * 128 + u.B] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row1 * 128 + u.B] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row1 * 128 + u.B] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row1 * 128 + u.B] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row1 * 128 + u.B] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row1 * 128 + u.B] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row1 * 128 + u.B] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row1 * 128 + u.B] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row1 * 128 + u.B] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row1 * 128 + u.B] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row1 * 128 + u.B] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row1 * 128 + u.B] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row1 * 128 + u.B] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row1 * 128 + u.B] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row1 * 128 + u.B] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row1 * 128 + u.B] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row1 * 128 + u.B] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row2 * 128 + u.B] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row2 * 128 + u.B] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row2 * 128 + u.B] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row2 * 128 + u.B] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row2 * 128 + u.B] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row2 * 128 + u.B] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row2 * 128 + u.B] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row2 * 128 + u.B] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row2 * 128 + u.B] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row2 * 128 + u.B] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row2 * 128 + u.B] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row2 * 128 + u.B] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row2 * 128 + u.B] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row2 * 128 + u.B] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row2 * 128 + u.B] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row2 * 128 + u.B] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row3 * 128 + u.B] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row3 * 128 + u.B] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row3 * 128 + u.B] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row3 * 128 + u.B] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row3 * 128 + u.B] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row3 * 128 + u.B] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row3 * 128 + u.B] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row3 * 128 + u.B] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row3 * 128 + u.B] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row3 * 128 + u.B] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row3 * 128 + u.B] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row3 * 128 + u.B] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row3 * 128 + u.B] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row3 * 128 + u.B] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row3 * 128 + u.B] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row3 * 128 + u.B] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row4 * 128 + u.B] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row4 * 128 + u.B] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row4 * 128 + u.B] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row4 * 128 + u.B] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row4 * 128 + u.B] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row4 * 128 + u.B] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row4 * 128 + u.B] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row4 * 128 + u.B] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row4 * 128 + u.B] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row4 * 128 + u.B] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row4 * 128 + u.B] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row4 * 128 + u.B] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row4 * 128 + u.B] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row4 * 128 + u.B] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row4 * 128 + u.B] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row4 * 128 + u.B] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row5 * 128 + u.B] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row5 * 128 + u.B] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row5 * 128 + u.B] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row5 * 128 + u.B] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row5 * 128 + u.B] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row5 * 128 + u.B] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row5 * 128 + u.B] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row5 * 128 + u.B] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row5 * 128 + u.B] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row5 * 128 + u.B] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row5 * 128 + u.B] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row5 * 128 + u.B] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row5 * 128 + u.B] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row5 * 128 + u.B] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row5 * 128 + u.B] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row5 * 128 + u.B] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row6 * 128 + u.B] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row6 * 128 + u.B] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row6 * 128 + u.B] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row6 * 128 + u.B] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row6 * 128 + u.B] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row6 * 128 + u.B] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row6 * 128 + u.B] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row6 * 128 + u.B] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row6 * 128 + u.B] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row6 * 128 + u.B] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row6 * 128 + u.B] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row6 * 128 + u.B] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row6 * 128 + u.B] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row6 * 128 + u.B] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row6 * 128 + u.B] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row6 * 128 + u.B] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row7 * 128 + u.B] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row7 * 128 + u.B] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row7 * 128 + u.B] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row7 * 128 + u.B] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row7 * 128 + u.B] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row7 * 128 + u.B] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row7 * 128 + u.B] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row7 * 128 + u.B] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row7 * 128 + u.B] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row7 * 128 + u.B] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row7 * 128 + u.B] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row7 * 128 + u.B] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row7 * 128 + u.B] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row7 * 128 + u.B] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row7 * 128 + u.B] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row7 * 128 + u.B] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row8 * 128 + u.B] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row8 * 128 + u.B] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row8 * 128 + u.B] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row8 * 128 + u.B] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row8 * 128 + u.B] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row8 * 128 + u.B] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row8 * 128 + u.B] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row8 * 128 + u.B] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row8 * 128 + u.B] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row8 * 128 + u.B] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row8 * 128 + u.B] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row8 * 128 + u.B] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row8 * 128 + u.B] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row8 * 128 + u.B] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row8 * 128 + u.B] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row8 * 128 + u.B] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row9 * 128 + u.B] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row9 * 128 + u.B] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row9 * 128 + u.B] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row9 * 128 + u.B] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row9 * 128 + u.B] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row9 * 128 + u.B] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row9 * 128 + u.B] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row9 * 128 + u.B] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row9 * 128 + u.B] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row9 * 128 + u.B] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row9 * 128 + u.B] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row9 * 128 + u.B] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row9 * 128 + u.B] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row9 * 128 + u.B] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row9 * 128 + u.B] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row9 * 128 + u.B] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row10 * 128 + u.B] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row10 * 128 + u.B] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row10 * 128 + u.B] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row10 * 128 + u.B] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row10 * 128 + u.B] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row10 * 128 + u.B] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row10 * 128 + u.B] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row10 * 128 + u.B] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row10 * 128 + u.B] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row10 * 128 + u.B] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row10 * 128 + u.B] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row10 * 128 + u.B] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row10 * 128 + u.B] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row10 * 128 + u.B] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row10 * 128 + u.B] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row10 * 128 + u.B] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row11 * 128 + u.B] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row11 * 128 + u.B] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row11 * 128 + u.B] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row11 * 128 + u.B] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row11 * 128 + u.B] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row11 * 128 + u.B] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row11 * 128 + u.B] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row11 * 128 + u.B] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row11 * 128 + u.B] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row11 * 128 + u.B] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row11 * 128 + u.B] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row11 * 128 + u.B] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row11 * 128 + u.B] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row11 * 128 + u.B] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row11 * 128 + u.B] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row11 * 128 + u.B] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row12 * 128 + u.B] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row12 * 128 + u.B] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row12 * 128 + u.B] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row12 * 128 + u.B] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row12 * 128 + u.B] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row12 * 128 + u.B] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row12 * 128 + u.B] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row12 * 128 + u.B] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row12 * 128 + u.B] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row12 * 128 + u.B] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row12 * 128 + u.B] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row12 * 128 + u.B] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row12 * 128 + u.B] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row12 * 128 + u.B] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row12 * 128 + u.B] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row12 * 128 + u.B] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row13 * 128 + u.B] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row13 * 128 + u.B] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row13 * 128 + u.B] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row13 * 128 + u.B] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row13 * 128 + u.B] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row13 * 128 + u.B] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row13 * 128 + u.B] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row13 * 128 + u.B] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row13 * 128 + u.B] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row13 * 128 + u.B] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row13 * 128 + u.B] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row13 * 128 + u.B] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row13 * 128 + u.B] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row13 * 128 + u.B] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row13 * 128 + u.B] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row13 * 128 + u.B] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row14 * 128 + u.B] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row14 * 128 + u.B] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row14 * 128 + u.B] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row14 * 128 + u.B] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row14 * 128 + u.B] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row14 * 128 + u.B] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row14 * 128 + u.B] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row14 * 128 + u.B] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row14 * 128 + u.B] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row14 * 128 + u.B] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row14 * 128 + u.B] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row14 * 128 + u.B] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row14 * 128 + u.B] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row14 * 128 + u.B] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row14 * 128 + u.B] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row14 * 128 + u.B] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 34 + (quad0 + 0) + row15 * 128 + u.B] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 34 + (quad0 + 1) + row15 * 128 + u.B] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 34 + (quad0 + 2) + row15 * 128 + u.B] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 34 + (quad0 + 3) + row15 * 128 + u.B] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 34 + (quad1 + 0) + row15 * 128 + u.B] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 34 + (quad1 + 1) + row15 * 128 + u.B] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 34 + (quad1 + 2) + row15 * 128 + u.B] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 34 + (quad1 + 3) + row15 * 128 + u.B] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 34 + (quad2 + 0) + row15 * 128 + u.B] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 34 + (quad2 + 1) + row15 * 128 + u.B] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 34 + (quad2 + 2) + row15 * 128 + u.B] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 34 + (quad2 + 3) + row15 * 128 + u.B] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 34 + (quad3 + 0) + row15 * 128 + u.B] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 34 + (quad3 + 1) + row15 * 128 + u.B] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 34 + (quad3 + 2) + row15 * 128 + u.B] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 34 + (quad3 + 3) + row15 * 128 + u.B] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_3_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (2 kernels)  [u.B, 32]
//   %21 = scan: init carry 'h'
//   %21 = scan: init carry 'c'
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  let i0 = gid;
  W[u.B * u.T * 162 + i0 + u.B] = bitcast<u32>(0.0f);
  W[u.B * u.T * 162 + i0 + u.B * 33] = bitcast<u32>(0.0f);
}

// ======== kernel runTrain_4_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<vec4<u32>>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// scan %21 body: %13 = matmul %0, %8  [u.B, 32] x [32, 128], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 32;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let quad0 = min(c0 + 0, 124);
  let quad1 = min(c0 + 4, 124);
  let quad2 = min(c0 + 8, 124);
  let quad3 = min(c0 + 12, 124);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let q0 = bitcast<vec4f>(M[(kk * 128 + quad0 + 509260) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 128 + quad1 + 509260) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 128 + quad2 + 509260) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 128 + quad3 + 509260) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 162 + kk + row0 * 32 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 162 + kk + row1 * 32 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 162 + kk + row2 * 32 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 162 + kk + row3 * 32 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 162 + kk + row4 * 32 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 162 + kk + row5 * 32 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 162 + kk + row6 * 32 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 162 + kk + row7 * 32 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 162 + kk + row8 * 32 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 162 + kk + row9 * 32 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 162 + kk + row10 * 32 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 162 + kk + row11 * 32 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 162 + kk + row12 * 32 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 162 + kk + row13 * 32 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 162 + kk + row14 * 32 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 162 + kk + row15 * 32 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row0 * 128 + u.B * 65] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row1 * 128 + u.B * 65] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row2 * 128 + u.B * 65] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row3 * 128 + u.B * 65] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row4 * 128 + u.B * 65] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row5 * 128 + u.B * 65] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row6 * 128 + u.B * 65] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row7 * 128 + u.B * 65] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row8 * 128 + u.B * 65] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row9 * 128 + u.B * 65] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row10 * 128 + u.B * 65] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row11 * 128 + u.B * 65] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row12 * 128 + u.B * 65] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row13 * 128 + u.B * 65] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row14 * 128 + u.B * 65] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 128) { W[u.B * u.T * 419 + (quad0 + 0) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 128) { W[u.B * u.T * 419 + (quad0 + 1) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 128) { W[u.B * u.T * 419 + (quad0 + 2) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 128) { W[u.B * u.T * 419 + (quad0 + 3) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 128) { W[u.B * u.T * 419 + (quad1 + 0) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 128) { W[u.B * u.T * 419 + (quad1 + 1) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 128) { W[u.B * u.T * 419 + (quad1 + 2) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 128) { W[u.B * u.T * 419 + (quad1 + 3) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 128) { W[u.B * u.T * 419 + (quad2 + 0) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 128) { W[u.B * u.T * 419 + (quad2 + 1) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 128) { W[u.B * u.T * 419 + (quad2 + 2) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 128) { W[u.B * u.T * 419 + (quad2 + 3) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 128) { W[u.B * u.T * 419 + (quad3 + 0) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 128) { W[u.B * u.T * 419 + (quad3 + 1) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 128) { W[u.B * u.T * 419 + (quad3 + 2) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 128) { W[u.B * u.T * 419 + (quad3 + 3) + row15 * 128 + u.B * 65] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_5_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (25 kernels)  [u.B, 32]
//   scan %21 body: %18 = add %9, %14
//   scan %21 body: %19 = add %18, %4
//   scan %21 body: %20 = sigmoid %19
//   scan %21 body: %21 = add %10, %15
//   scan %21 body: %22 = add %21, %5
//   scan %21 body: %23 = sigmoid %22
//   scan %21 body: %24 = add %11, %16
//   scan %21 body: %25 = add %24, %6
//   scan %21 body: %26 = tanh %25
//   scan %21 body: %27 = mul %23, %1
//   scan %21 body: %28 = mul %20, %26
//   scan %21 body: %29 = add %27, %28
//   scan %21 body: %30 = add %12, %17
//   scan %21 body: %31 = add %30, %7
//   scan %21 body: %32 = sigmoid %31
//   scan %21 body: %33 = tanh %29
//   scan %21 body: %34 = mul %32, %33
//   scan %21 body: %36 = select %35, %34, %0
//   scan %21 body: %37 = select %35, %29, %1
//   scan %21 body: %39 = select %35, %34, %38
//   %21 = scan: step output 'h.before' = %0 at t
//   %21 = scan: step output 'c.before' = %1 at t
//   %21 = scan: step output 'residual.0' = %35 at t
//   %21 = scan: carry 'h' = %36
//   %21 = scan: carry 'c' = %37
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.B + u.l0 * 128]);
  let v1 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 128 + i1 + u.B * 65]);
  let v2 = v0 + v1;
  let v3 = bitcast<f32>(M[i1 + 168192]);
  let v4 = v2 + v3;
  let v5 = (1.0f / (1.0f + exp(-(v4))));
  let v6 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.B + u.l0 * 128 + 32]);
  let v7 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 128 + i1 + u.B * 65 + 32]);
  let v8 = v6 + v7;
  let v9 = bitcast<f32>(M[i1 + 168224]);
  let v10 = v8 + v9;
  let v11 = (1.0f / (1.0f + exp(-(v10))));
  let v12 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.B + u.l0 * 128 + 64]);
  let v13 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 128 + i1 + u.B * 65 + 64]);
  let v14 = v12 + v13;
  let v15 = bitcast<f32>(M[i1 + 168256]);
  let v16 = v14 + v15;
  let v17 = tanh(clamp(v16, -15.0f, 15.0f));
  let v18 = bitcast<f32>(W[i0 * u.T * 128 + u.B * u.T * 34 + i1 + u.B + u.l0 * 128 + 96]);
  let v19 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 128 + i1 + u.B * 65 + 96]);
  let v20 = v18 + v19;
  let v21 = bitcast<f32>(M[i1 + 168288]);
  let v22 = v20 + v21;
  let v23 = (1.0f / (1.0f + exp(-(v22))));
  let v24 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33]);
  let v25 = v11 * v24;
  let v26 = v5 * v17;
  let v27 = v25 + v26;
  let v28 = tanh(clamp(v27, -15.0f, 15.0f));
  let v29 = bitcast<f32>(W[i0 * u.T + u.B * u.T + u.l0]);
  let v30 = v29 != 0.0f;
  let v31 = v23 * v28;
  let v32 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1 + u.B]);
  let v33 = select(0.0f, v31, v30);
  let v34 = select(v32, v31, v30);
  let v35 = select(v24, v27, v30);
  W[i0 * u.T * 32 + u.B * u.T * 355 + i1 + u.B * 65 + u.l0 * 32] = bitcast<u32>(v5);
  W[i0 * u.T * 32 + u.B * u.T * 387 + i1 + u.B * 65 + u.l0 * 32] = bitcast<u32>(v11);
  W[i0 * u.T * 32 + u.B * u.T * 323 + i1 + u.B * 65 + u.l0 * 32] = bitcast<u32>(v17);
  W[i0 * u.T * 32 + u.B * u.T * 291 + i1 + u.B * 65 + u.l0 * 32] = bitcast<u32>(v23);
  W[i0 * u.T * 32 + u.B * u.T * 259 + i1 + u.B * 65 + u.l0 * 32] = bitcast<u32>(v28);
  W[i0 * u.T * 32 + u.B * u.T * 162 + i1 + u.B * 65 + u.l0 * 32] = bitcast<u32>(v33);
  W[i0 * u.T * 32 + u.B * u.T * 194 + i1 + u.B * 65 + u.l0 * 32] = bitcast<u32>(v32);
  W[i0 * u.T * 32 + u.B * u.T * 226 + i1 + u.B * 65 + u.l0 * 32] = bitcast<u32>(v24);
  W[i0 * u.T + u.B * u.T * 258 + u.B * 65 + u.l0] = bitcast<u32>(v29);
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B] = bitcast<u32>(v34);
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33] = bitcast<u32>(v35);
}

// ======== kernel runTrain_6_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %33 = reduce_sum %1 axis=1  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < u.T; i1++) {
    let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T + i1]);
    acc = acc + v0;
  }
  W[u.B * u.T * 162 + i0 + u.B] = bitcast<u32>(acc);
}

// ======== kernel runTrain_7_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %36 = mul %23, %32  [u.B, u.T, 32]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 65]);
  let v1 = bitcast<f32>(W[u.B * u.T + i0]);
  let v2 = v0 * v1;
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 65] = bitcast<u32>(v2);
}

// ======== kernel runTrain_8_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %37 = reduce_sum %36 axis=1  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  var acc = 0.0f;
  for (var i2 = 0; i2 < u.T; i2++) {
    let v0 = bitcast<f32>(W[i0 * u.T * 32 + u.B * u.T * 162 + i1 + i2 * 32 + u.B * 65]);
    acc = acc + v0;
  }
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33] = bitcast<u32>(acc);
}

// ======== kernel runTrain_9_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %38 = max %34, %35  [u.B, 1]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B]);
  let v1 = max(v0, 1.0f);
  W[u.B * u.T * 419 + i0 + u.B * 65] = bitcast<u32>(v1);
}

// ======== kernel runTrain_10_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %39 = div %37, %38  [u.B, 32]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33]);
  let v1 = bitcast<f32>(W[u.B * u.T * 419 + i0 + u.B * 65]);
  let v2 = v0 / v1;
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B] = bitcast<u32>(v2);
}

// ======== kernel runTrain_11_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %41 = matmul %39, %40  [u.B, 32] x [32, 2], 16 x 2 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 32;
  let c0 = i32(g.x) * 2;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let col0 = min(c0 + 0, 1);
  let col1 = min(c0 + 1, 1);
  var a0_0 = 0.0f; var a0_1 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let w0 = bitcast<f32>(M[col0 + kk * 2 + 168320]);
    let w1 = bitcast<f32>(M[col1 + kk * 2 + 168320]);
    let x0 = bitcast<f32>(W[u.B * u.T * 162 + kk + row0 * 32 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1;
    let x1 = bitcast<f32>(W[u.B * u.T * 162 + kk + row1 * 32 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1;
    let x2 = bitcast<f32>(W[u.B * u.T * 162 + kk + row2 * 32 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1;
    let x3 = bitcast<f32>(W[u.B * u.T * 162 + kk + row3 * 32 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1;
    let x4 = bitcast<f32>(W[u.B * u.T * 162 + kk + row4 * 32 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1;
    let x5 = bitcast<f32>(W[u.B * u.T * 162 + kk + row5 * 32 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1;
    let x6 = bitcast<f32>(W[u.B * u.T * 162 + kk + row6 * 32 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1;
    let x7 = bitcast<f32>(W[u.B * u.T * 162 + kk + row7 * 32 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1;
    let x8 = bitcast<f32>(W[u.B * u.T * 162 + kk + row8 * 32 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1;
    let x9 = bitcast<f32>(W[u.B * u.T * 162 + kk + row9 * 32 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1;
    let x10 = bitcast<f32>(W[u.B * u.T * 162 + kk + row10 * 32 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1;
    let x11 = bitcast<f32>(W[u.B * u.T * 162 + kk + row11 * 32 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1;
    let x12 = bitcast<f32>(W[u.B * u.T * 162 + kk + row12 * 32 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1;
    let x13 = bitcast<f32>(W[u.B * u.T * 162 + kk + row13 * 32 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1;
    let x14 = bitcast<f32>(W[u.B * u.T * 162 + kk + row14 * 32 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1;
    let x15 = bitcast<f32>(W[u.B * u.T * 162 + kk + row15 * 32 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row0 * 2 + u.B * 33] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row0 * 2 + u.B * 33] = bitcast<u32>(a0_1); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row1 * 2 + u.B * 33] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row1 * 2 + u.B * 33] = bitcast<u32>(a1_1); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row2 * 2 + u.B * 33] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row2 * 2 + u.B * 33] = bitcast<u32>(a2_1); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row3 * 2 + u.B * 33] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row3 * 2 + u.B * 33] = bitcast<u32>(a3_1); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row4 * 2 + u.B * 33] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row4 * 2 + u.B * 33] = bitcast<u32>(a4_1); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row5 * 2 + u.B * 33] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row5 * 2 + u.B * 33] = bitcast<u32>(a5_1); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row6 * 2 + u.B * 33] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row6 * 2 + u.B * 33] = bitcast<u32>(a6_1); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row7 * 2 + u.B * 33] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row7 * 2 + u.B * 33] = bitcast<u32>(a7_1); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row8 * 2 + u.B * 33] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row8 * 2 + u.B * 33] = bitcast<u32>(a8_1); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row9 * 2 + u.B * 33] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row9 * 2 + u.B * 33] = bitcast<u32>(a9_1); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row10 * 2 + u.B * 33] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row10 * 2 + u.B * 33] = bitcast<u32>(a10_1); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row11 * 2 + u.B * 33] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row11 * 2 + u.B * 33] = bitcast<u32>(a11_1); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row12 * 2 + u.B * 33] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row12 * 2 + u.B * 33] = bitcast<u32>(a12_1); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row13 * 2 + u.B * 33] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row13 * 2 + u.B * 33] = bitcast<u32>(a13_1); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row14 * 2 + u.B * 33] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row14 * 2 + u.B * 33] = bitcast<u32>(a14_1); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 2) { W[u.B * u.T * 162 + col0 + row15 * 2 + u.B * 33] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 2) { W[u.B * u.T * 162 + col1 + row15 * 2 + u.B * 33] = bitcast<u32>(a15_1); }
  }
}

// ======== kernel runTrain_12_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %43 = add %41, %42  [u.B, 2]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 2) { return; }
  var r_ = gid;
  let i1 = r_ % (2);
  r_ = r_ / (2);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 2 + i1 + u.B * 33]);
  let v1 = bitcast<f32>(M[i1 + 168384]);
  let v2 = v0 + v1;
  W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 193] = bitcast<u32>(v2);
}

// ======== kernel runTrain_13_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %44 = reduce_max %43 axis=1  reduce_max over 2
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  var acc = bitcast<f32>(0xff800000u | u32(u.T ^ u.T));
  for (var i1 = 0; i1 < 2; i1++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 193]);
    acc = max(acc, v0);
  }
  W[u.B * u.T * 162 + i0 + u.B * 33] = bitcast<u32>(acc);
}

// ======== kernel runTrain_14_one_hot ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %50 = one_hot %2 depth=2  one_hot x 2
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 2) { return; }
  let d = gid % 2;
  let i0 = gid / 2;
  let id = bitcast<i32>(W[u.B * u.T * 2 + i0]);
  W[u.B * u.T * 419 + d + i0 * 2 + u.B * 230] = bitcast<u32>(select(0.0f, 1.0f, d == id));
}

// ======== kernel runTrain_15_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %56 = reduce_sum %55 axis=0  reduce_sum over u.B
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  var acc = 0.0f;
  for (var i0 = 0; i0 < u.B; i0++) {
    acc = acc + 1.0f;
  }
  M[513360] = bitcast<u32>(acc);
}

// ======== kernel runTrain_16_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %57 = div %35, %56  []
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let v0 = bitcast<f32>(M[513360]);
  let v1 = 1.0f / v0;
  M[513360] = bitcast<u32>(v1);
}

// ======== kernel runTrain_17_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (7 kernels)  [u.B, 2]
//   %46 = sub %43, %45
//   %47 = exp %46
//   %51 = mul %46, %50
//   %60 = add %59, %58
//   %61 = neg %60
//   %64 = add %63, %62
//   %65 = mul %64, %50
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 2) { return; }
  var r_ = gid;
  let i1 = r_ % (2);
  r_ = r_ / (2);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 193]);
  let v1 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B * 33]);
  let v2 = v0 - v1;
  let v3 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 230]);
  let v4 = bitcast<f32>(M[513360]);
  let v5 = exp(v2);
  let v6 = v2 * v3;
  let v7 = (-(v4));
  let v8 = v7 * v3;
  W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 195] = bitcast<u32>(v5);
  W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 230] = bitcast<u32>(v6);
  W[u.B * u.T * 419 + i0 + u.B * 198] = bitcast<u32>(v4);
  W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 263] = bitcast<u32>(v8);
}

// ======== kernel runTrain_18_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %48 = reduce_sum %47 axis=1  reduce_sum over 2
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 2; i1++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 195]);
    acc = acc + v0;
  }
  W[u.B * u.T * 419 + i0 + u.B * 197] = bitcast<u32>(acc);
}

// ======== kernel runTrain_19_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (2 kernels)  [u.B]
//   %49 = log %48
//   %66 = div %60, %48
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 419 + i0 + u.B * 197]);
  let v1 = log(v0);
  let v2 = bitcast<f32>(W[u.B * u.T * 419 + i0 + u.B * 198]);
  let v3 = v2 / v0;
  W[u.B * u.T * 419 + i0 + u.B * 198] = bitcast<u32>(v1);
  W[u.B * u.T * 419 + i0 + u.B * 197] = bitcast<u32>(v3);
}

// ======== kernel runTrain_20_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %52 = reduce_sum %51 axis=1  reduce_sum over 2
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 2; i1++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 230]);
    acc = acc + v0;
  }
  W[u.B * u.T * 419 + i0 + u.B * 262] = bitcast<u32>(acc);
}

// ======== kernel runTrain_21_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (5 kernels)  [u.B, 2]
//   %53 = sub %49, %52
//   %68 = add %63, %67
//   %69 = mul %68, %47
//   %70 = add %65, %69
//   %71 = neg %70
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 2) { return; }
  var r_ = gid;
  let i1 = r_ % (2);
  r_ = r_ / (2);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 263]);
  let v1 = bitcast<f32>(W[u.B * u.T * 419 + i0 + u.B * 197]);
  let v2 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 195]);
  let v3 = v1 * v2;
  let v4 = v0 + v3;
  let v5 = bitcast<f32>(W[u.B * u.T * 419 + i0 + u.B * 198]);
  let v6 = bitcast<f32>(W[u.B * u.T * 419 + i0 + u.B * 262]);
  let v7 = v5 - v6;
  let v8 = (-(v4));
  W[u.B * u.T * 419 + i0 + u.B * 230] = bitcast<u32>(v7);
  W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 263] = bitcast<u32>(v4);
  W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 195] = bitcast<u32>(v8);
}

// ======== kernel runTrain_22_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %54 = reduce_mean %53 axis=0  reduce_mean over u.B
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  var acc = 0.0f;
  for (var i0 = 0; i0 < u.B; i0++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 419 + i0 + u.B * 230]);
    acc = acc + v0;
  }
  M[513356] = bitcast<u32>(acc / f32(u.B));
}

// ======== kernel runTrain_23_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %72 = reduce_sum %71 axis=1  reduce_sum over 2
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 2; i1++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 195]);
    acc = acc + v0;
  }
  W[u.B * u.T * 419 + i0 + u.B * 198] = bitcast<u32>(acc);
}

// ======== kernel runTrain_24_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (5 kernels)  [u.B, 2]
//   %76 = add %63, %75
//   %77 = add %63, %45
//   %78 = eq %43, %77
//   %79 = mul %76, %78
//   %80 = add %70, %79
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 2) { return; }
  var r_ = gid;
  let i1 = r_ % (2);
  r_ = r_ / (2);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 263]);
  let v1 = bitcast<f32>(W[u.B * u.T * 419 + i0 + u.B * 198]);
  let v2 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 193]);
  let v3 = bitcast<f32>(W[u.B * u.T * 162 + i0 + u.B * 33]);
  let v4 = v2 == v3;
  let v5 = select(0.0f, 1.0f, v4);
  let v6 = v1 * v5;
  let v7 = v0 + v6;
  W[u.B * u.T * 419 + i0 * 2 + i1 + u.B * 230] = bitcast<u32>(v7);
}

// ======== kernel runTrain_25_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %81 = reduce_sum %80 axis=0  reduce_sum over u.B
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 2) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < u.B; i1++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 419 + i0 + i1 * 2 + u.B * 230]);
    acc = acc + v0;
  }
  M[i0 + 517456] = bitcast<u32>(acc);
}

// ======== kernel runTrain_26_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %82 = matmul_nt %80, %40  [u.B, 2] x [2, 32], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 2;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let col0 = min(c0 + 0, 31);
  let col1 = min(c0 + 1, 31);
  let col2 = min(c0 + 2, 31);
  let col3 = min(c0 + 3, 31);
  let col4 = min(c0 + 4, 31);
  let col5 = min(c0 + 5, 31);
  let col6 = min(c0 + 6, 31);
  let col7 = min(c0 + 7, 31);
  let col8 = min(c0 + 8, 31);
  let col9 = min(c0 + 9, 31);
  let col10 = min(c0 + 10, 31);
  let col11 = min(c0 + 11, 31);
  let col12 = min(c0 + 12, 31);
  let col13 = min(c0 + 13, 31);
  let col14 = min(c0 + 14, 31);
  let col15 = min(c0 + 15, 31);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let w0 = bitcast<f32>(M[col0 * 2 + kk + 168320]);
    let w1 = bitcast<f32>(M[col1 * 2 + kk + 168320]);
    let w2 = bitcast<f32>(M[col2 * 2 + kk + 168320]);
    let w3 = bitcast<f32>(M[col3 * 2 + kk + 168320]);
    let w4 = bitcast<f32>(M[col4 * 2 + kk + 168320]);
    let w5 = bitcast<f32>(M[col5 * 2 + kk + 168320]);
    let w6 = bitcast<f32>(M[col6 * 2 + kk + 168320]);
    let w7 = bitcast<f32>(M[col7 * 2 + kk + 168320]);
    let w8 = bitcast<f32>(M[col8 * 2 + kk + 168320]);
    let w9 = bitcast<f32>(M[col9 * 2 + kk + 168320]);
    let w10 = bitcast<f32>(M[col10 * 2 + kk + 168320]);
    let w11 = bitcast<f32>(M[col11 * 2 + kk + 168320]);
    let w12 = bitcast<f32>(M[col12 * 2 + kk + 168320]);
    let w13 = bitcast<f32>(M[col13 * 2 + kk + 168320]);
    let w14 = bitcast<f32>(M[col14 * 2 + kk + 168320]);
    let w15 = bitcast<f32>(M[col15 * 2 + kk + 168320]);
    let x0 = bitcast<f32>(W[u.B * u.T * 419 + kk + row0 * 2 + u.B * 230]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 419 + kk + row1 * 2 + u.B * 230]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 419 + kk + row2 * 2 + u.B * 230]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 419 + kk + row3 * 2 + u.B * 230]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 419 + kk + row4 * 2 + u.B * 230]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 419 + kk + row5 * 2 + u.B * 230]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 419 + kk + row6 * 2 + u.B * 230]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 419 + kk + row7 * 2 + u.B * 230]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 419 + kk + row8 * 2 + u.B * 230]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 419 + kk + row9 * 2 + u.B * 230]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 419 + kk + row10 * 2 + u.B * 230]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 419 + kk + row11 * 2 + u.B * 230]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 419 + kk + row12 * 2 + u.B * 230]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 419 + kk + row13 * 2 + u.B * 230]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 419 + kk + row14 * 2 + u.B * 230]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 419 + kk + row15 * 2 + u.B * 230]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row0 * 32 + u.B * 33] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row1 * 32 + u.B * 33] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row2 * 32 + u.B * 33] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row3 * 32 + u.B * 33] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row4 * 32 + u.B * 33] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row5 * 32 + u.B * 33] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row6 * 32 + u.B * 33] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row7 * 32 + u.B * 33] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row8 * 32 + u.B * 33] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row9 * 32 + u.B * 33] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row10 * 32 + u.B * 33] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row11 * 32 + u.B * 33] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row12 * 32 + u.B * 33] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row13 * 32 + u.B * 33] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row14 * 32 + u.B * 33] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row15 * 32 + u.B * 33] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_27_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %83 = matmul_tn %39, %80  [32, u.B] x [u.B, 2], 16 x 2 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = 32;
  let depth = u.B;
  let c0 = i32(g.x) * 2;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let col0 = min(c0 + 0, 1);
  let col1 = min(c0 + 1, 1);
  var a0_0 = 0.0f; var a0_1 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let w0 = bitcast<f32>(W[u.B * u.T * 419 + col0 + kk * 2 + u.B * 230]);
    let w1 = bitcast<f32>(W[u.B * u.T * 419 + col1 + kk * 2 + u.B * 230]);
    let x0 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row0 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1;
    let x1 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row1 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1;
    let x2 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row2 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1;
    let x3 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row3 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1;
    let x4 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row4 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1;
    let x5 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row5 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1;
    let x6 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row6 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1;
    let x7 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row7 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1;
    let x8 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row8 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1;
    let x9 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row9 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1;
    let x10 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row10 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1;
    let x11 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row11 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1;
    let x12 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row12 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1;
    let x13 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row13 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1;
    let x14 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row14 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1;
    let x15 = bitcast<f32>(W[u.B * u.T * 162 + kk * 32 + row15 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 2) { M[col0 + row0 * 2 + 517460] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 2) { M[col1 + row0 * 2 + 517460] = bitcast<u32>(a0_1); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 2) { M[col0 + row1 * 2 + 517460] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 2) { M[col1 + row1 * 2 + 517460] = bitcast<u32>(a1_1); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 2) { M[col0 + row2 * 2 + 517460] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 2) { M[col1 + row2 * 2 + 517460] = bitcast<u32>(a2_1); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 2) { M[col0 + row3 * 2 + 517460] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 2) { M[col1 + row3 * 2 + 517460] = bitcast<u32>(a3_1); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 2) { M[col0 + row4 * 2 + 517460] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 2) { M[col1 + row4 * 2 + 517460] = bitcast<u32>(a4_1); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 2) { M[col0 + row5 * 2 + 517460] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 2) { M[col1 + row5 * 2 + 517460] = bitcast<u32>(a5_1); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 2) { M[col0 + row6 * 2 + 517460] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 2) { M[col1 + row6 * 2 + 517460] = bitcast<u32>(a6_1); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 2) { M[col0 + row7 * 2 + 517460] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 2) { M[col1 + row7 * 2 + 517460] = bitcast<u32>(a7_1); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 2) { M[col0 + row8 * 2 + 517460] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 2) { M[col1 + row8 * 2 + 517460] = bitcast<u32>(a8_1); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 2) { M[col0 + row9 * 2 + 517460] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 2) { M[col1 + row9 * 2 + 517460] = bitcast<u32>(a9_1); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 2) { M[col0 + row10 * 2 + 517460] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 2) { M[col1 + row10 * 2 + 517460] = bitcast<u32>(a10_1); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 2) { M[col0 + row11 * 2 + 517460] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 2) { M[col1 + row11 * 2 + 517460] = bitcast<u32>(a11_1); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 2) { M[col0 + row12 * 2 + 517460] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 2) { M[col1 + row12 * 2 + 517460] = bitcast<u32>(a12_1); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 2) { M[col0 + row13 * 2 + 517460] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 2) { M[col1 + row13 * 2 + 517460] = bitcast<u32>(a13_1); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 2) { M[col0 + row14 * 2 + 517460] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 2) { M[col1 + row14 * 2 + 517460] = bitcast<u32>(a14_1); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 2) { M[col0 + row15 * 2 + 517460] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 2) { M[col1 + row15 * 2 + 517460] = bitcast<u32>(a15_1); }
  }
}

// ======== kernel runTrain_28_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (4 kernels)  [u.B, 32]
//   %84 = div %82, %38
//   %89 = scan: init carry 'd.h'
//   %89 = scan: init carry 'd.c'
//   %89 = scan: init carry 'd.h.matmul'
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33]);
  let v1 = bitcast<f32>(W[u.B * u.T * 419 + i0 + u.B * 65]);
  let v2 = v0 / v1;
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B] = bitcast<u32>(v2);
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33] = bitcast<u32>(0.0f);
  W[u.B * u.T * 419 + i0 * 32 + i1 + u.B * 230] = bitcast<u32>(0.0f);
  W[u.B * u.T * 419 + i0 * 32 + i1 + u.B * 198] = bitcast<u32>(0.0f);
}

// ======== kernel runTrain_29_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (2 kernels)  [u.B, u.T, 32]
//   %87 = add %86, %85
//   %88 = mul %87, %32
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 32) { return; }
  var r_ = gid;
  let i2 = r_ % (32);
  r_ = r_ / (32);
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i2 + u.B]);
  let v1 = bitcast<f32>(W[i0 * u.T + u.B * u.T + i1]);
  let v2 = v0 * v1;
  W[i0 * u.T * 32 + u.B * u.T * 162 + i1 * 32 + i2 + u.B * 65] = bitcast<u32>(v2);
}

// ======== kernel runTrain_30_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (38 kernels)  [u.B, 32]
//   scan %89 body: %12 = add %0, %1
//   scan %89 body: %14 = select %5, %3, %13
//   scan %89 body: %15 = select %5, %2, %13
//   scan %89 body: %16 = select %5, %13, %2
//   scan %89 body: %17 = select %5, %12, %13
//   scan %89 body: %18 = select %5, %13, %12
//   scan %89 body: %19 = add %14, %17
//   scan %89 body: %20 = mul %19, %6
//   scan %89 body: %21 = mul %19, %7
//   scan %89 body: %22 = mul %6, %6
//   scan %89 body: %23 = neg %22
//   scan %89 body: %25 = add %23, %24
//   scan %89 body: %26 = mul %21, %25
//   scan %89 body: %27 = add %15, %26
//   scan %89 body: %28 = neg %7
//   scan %89 body: %29 = add %28, %24
//   scan %89 body: %30 = mul %7, %29
//   scan %89 body: %31 = mul %20, %30
//   scan %89 body: %32 = mul %27, %8
//   scan %89 body: %33 = mul %27, %9
//   scan %89 body: %34 = mul %27, %4
//   scan %89 body: %35 = mul %27, %10
//   scan %89 body: %36 = add %16, %35
//   scan %89 body: %37 = mul %8, %8
//   scan %89 body: %38 = neg %37
//   scan %89 body: %39 = add %38, %24
//   scan %89 body: %40 = mul %33, %39
//   scan %89 body: %41 = neg %10
//   scan %89 body: %42 = add %41, %24
//   scan %89 body: %43 = mul %10, %42
//   scan %89 body: %44 = mul %34, %43
//   scan %89 body: %45 = neg %9
//   scan %89 body: %46 = add %45, %24
//   scan %89 body: %47 = mul %9, %46
//   scan %89 body: %48 = mul %32, %47
//   scan %89 body: %49 = concat %48, %44, %40, %31 axis=1 (piece 2/4)
//   scan %89 body: %49 = concat %48, %44, %40, %31 axis=1 (piece 3/4)
//   scan %89 body: %49 = concat %48, %44, %40, %31 axis=1 (piece 4/4)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 32) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T * 258 + u.B * 65 + u.l0]);
  let v1 = v0 != 0.0f;
  let v2 = bitcast<f32>(W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33]);
  let v3 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 32 + i1 + u.B * 198]);
  let v4 = v2 + v3;
  let v5 = bitcast<f32>(W[u.B * u.T * 419 + i0 * 32 + i1 + u.B * 230]);
  let v6 = bitcast<f32>(W[i0 * u.T * 32 + u.B * u.T * 162 + i1 + u.B * 65 + u.l0 * 32]);
  let v7 = select(0.0f, v6, v1);
  let v8 = select(0.0f, v4, v1);
  let v9 = v7 + v8;
  let v10 = bitcast<f32>(W[i0 * u.T * 32 + u.B * u.T * 291 + i1 + u.B * 65 + u.l0 * 32]);
  let v11 = bitcast<f32>(W[i0 * u.T * 32 + u.B * u.T * 259 + i1 + u.B * 65 + u.l0 * 32]);
  let v12 = select(0.0f, v5, v1);
  let v13 = v9 * v10;
  let v14 = v11 * v11;
  let v15 = (-(v14));
  let v16 = v15 + 1.0f;
  let v17 = v13 * v16;
  let v18 = v12 + v17;
  let v19 = bitcast<f32>(W[i0 * u.T * 32 + u.B * u.T * 387 + i1 + u.B * 65 + u.l0 * 32]);
  let v20 = bitcast<f32>(W[i0 * u.T * 32 + u.B * u.T * 323 + i1 + u.B * 65 + u.l0 * 32]);
  let v21 = bitcast<f32>(W[i0 * u.T * 32 + u.B * u.T * 355 + i1 + u.B * 65 + u.l0 * 32]);
  let v22 = select(v4, 0.0f, v1);
  let v23 = select(v5, 0.0f, v1);
  let v24 = v18 * v19;
  let v25 = v23 + v24;
  let v26 = v18 * v20;
  let v27 = (-(v21));
  let v28 = v27 + 1.0f;
  let v29 = v21 * v28;
  let v30 = v26 * v29;
  let v31 = bitcast<f32>(W[i0 * u.T * 32 + u.B * u.T * 226 + i1 + u.B * 65 + u.l0 * 32]);
  let v32 = v18 * v31;
  let v33 = (-(v19));
  let v34 = v33 + 1.0f;
  let v35 = v19 * v34;
  let v36 = v32 * v35;
  let v37 = v18 * v21;
  let v38 = v20 * v20;
  let v39 = (-(v38));
  let v40 = v39 + 1.0f;
  let v41 = v37 * v40;
  let v42 = v9 * v11;
  let v43 = (-(v10));
  let v44 = v43 + 1.0f;
  let v45 = v10 * v44;
  let v46 = v42 * v45;
  W[u.B * u.T * 162 + i0 * 32 + i1 + u.B * 33] = bitcast<u32>(v22);
  W[u.B * u.T * 419 + i0 * 32 + i1 + u.B * 230] = bitcast<u32>(v25);
  W[i0 * u.T * 128 + u.B * u.T * 419 + i1 + u.B * 265 + u.l0 * 128] = bitcast<u32>(v30);
  W[i0 * u.T * 128 + u.B * u.T * 419 + i1 + u.B * 265 + u.l0 * 128 + 32] = bitcast<u32>(v36);
  W[i0 * u.T * 128 + u.B * u.T * 419 + i1 + u.B * 265 + u.l0 * 128 + 64] = bitcast<u32>(v41);
  W[i0 * u.T * 128 + u.B * u.T * 419 + i1 + u.B * 265 + u.l0 * 128 + 96] = bitcast<u32>(v46);
}

// ======== kernel runTrain_31_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// scan %89 body: %50 = matmul_nt %49, %11  [u.B, 128] x [128, 32], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 128;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let col0 = min(c0 + 0, 31);
  let col1 = min(c0 + 1, 31);
  let col2 = min(c0 + 2, 31);
  let col3 = min(c0 + 3, 31);
  let col4 = min(c0 + 4, 31);
  let col5 = min(c0 + 5, 31);
  let col6 = min(c0 + 6, 31);
  let col7 = min(c0 + 7, 31);
  let col8 = min(c0 + 8, 31);
  let col9 = min(c0 + 9, 31);
  let col10 = min(c0 + 10, 31);
  let col11 = min(c0 + 11, 31);
  let col12 = min(c0 + 12, 31);
  let col13 = min(c0 + 13, 31);
  let col14 = min(c0 + 14, 31);
  let col15 = min(c0 + 15, 31);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let w0 = bitcast<f32>(M[col0 * 128 + kk + 509260]);
    let w1 = bitcast<f32>(M[col1 * 128 + kk + 509260]);
    let w2 = bitcast<f32>(M[col2 * 128 + kk + 509260]);
    let w3 = bitcast<f32>(M[col3 * 128 + kk + 509260]);
    let w4 = bitcast<f32>(M[col4 * 128 + kk + 509260]);
    let w5 = bitcast<f32>(M[col5 * 128 + kk + 509260]);
    let w6 = bitcast<f32>(M[col6 * 128 + kk + 509260]);
    let w7 = bitcast<f32>(M[col7 * 128 + kk + 509260]);
    let w8 = bitcast<f32>(M[col8 * 128 + kk + 509260]);
    let w9 = bitcast<f32>(M[col9 * 128 + kk + 509260]);
    let w10 = bitcast<f32>(M[col10 * 128 + kk + 509260]);
    let w11 = bitcast<f32>(M[col11 * 128 + kk + 509260]);
    let w12 = bitcast<f32>(M[col12 * 128 + kk + 509260]);
    let w13 = bitcast<f32>(M[col13 * 128 + kk + 509260]);
    let w14 = bitcast<f32>(M[col14 * 128 + kk + 509260]);
    let w15 = bitcast<f32>(M[col15 * 128 + kk + 509260]);
    let x0 = bitcast<f32>(W[row0 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[row1 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[row2 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[row3 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[row4 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[row5 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[row6 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[row7 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[row8 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[row9 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[row10 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[row11 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[row12 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[row13 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[row14 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[row15 * u.T * 128 + u.B * u.T * 419 + kk + u.B * 265 + u.l0 * 128]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row0 * 32 + u.B * 198] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row1 * 32 + u.B * 198] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row2 * 32 + u.B * 198] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row3 * 32 + u.B * 198] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row4 * 32 + u.B * 198] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row5 * 32 + u.B * 198] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row6 * 32 + u.B * 198] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row7 * 32 + u.B * 198] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row8 * 32 + u.B * 198] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row9 * 32 + u.B * 198] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row10 * 32 + u.B * 198] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row11 * 32 + u.B * 198] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row12 * 32 + u.B * 198] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row13 * 32 + u.B * 198] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row14 * 32 + u.B * 198] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 419 + col0 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 419 + col1 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 419 + col2 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 419 + col3 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 419 + col4 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 419 + col5 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 419 + col6 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 419 + col7 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 419 + col8 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 419 + col9 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 419 + col10 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 419 + col11 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 419 + col12 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 419 + col13 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 419 + col14 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 419 + col15 + row15 * 32 + u.B * 198] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_32_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %93 = reduce_sum %92 axis=0  reduce_sum over u.B
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.T * 128) { return; }
  var r_ = gid;
  let i1 = r_ % (128);
  r_ = r_ / (128);
  let i0 = r_;
  var acc = 0.0f;
  for (var i2 = 0; i2 < u.B; i2++) {
    let v0 = bitcast<f32>(W[i2 * u.T * 128 + u.B * u.T * 419 + i0 * 128 + i1 + u.B * 265]);
    acc = acc + v0;
  }
  W[u.B * u.T * 547 + i0 * 128 + i1 + u.B * 265] = bitcast<u32>(acc);
}

// ======== kernel runTrain_33_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %94 = reduce_sum %93 axis=0  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 128) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < u.T; i1++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 547 + i0 + i1 * 128 + u.B * 265]);
    acc = acc + v0;
  }
  M[i0 + 509260] = bitcast<u32>(acc);
}

// ======== kernel runTrain_34_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %99 = matmul_tn %24, %92  [32, u.B * u.T] x [u.B * u.T, 128], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = 32;
  let depth = u.B * u.T;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let col0 = min(c0 + 0, 127);
  let col1 = min(c0 + 1, 127);
  let col2 = min(c0 + 2, 127);
  let col3 = min(c0 + 3, 127);
  let col4 = min(c0 + 4, 127);
  let col5 = min(c0 + 5, 127);
  let col6 = min(c0 + 6, 127);
  let col7 = min(c0 + 7, 127);
  let col8 = min(c0 + 8, 127);
  let col9 = min(c0 + 9, 127);
  let col10 = min(c0 + 10, 127);
  let col11 = min(c0 + 11, 127);
  let col12 = min(c0 + 12, 127);
  let col13 = min(c0 + 13, 127);
  let col14 = min(c0 + 14, 127);
  let col15 = min(c0 + 15, 127);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let w0 = bitcast<f32>(W[u.B * u.T * 419 + col0 + kk * 128 + u.B * 265]);
    let w1 = bitcast<f32>(W[u.B * u.T * 419 + col1 + kk * 128 + u.B * 265]);
    let w2 = bitcast<f32>(W[u.B * u.T * 419 + col2 + kk * 128 + u.B * 265]);
    let w3 = bitcast<f32>(W[u.B * u.T * 419 + col3 + kk * 128 + u.B * 265]);
    let w4 = bitcast<f32>(W[u.B * u.T * 419 + col4 + kk * 128 + u.B * 265]);
    let w5 = bitcast<f32>(W[u.B * u.T * 419 + col5 + kk * 128 + u.B * 265]);
    let w6 = bitcast<f32>(W[u.B * u.T * 419 + col6 + kk * 128 + u.B * 265]);
    let w7 = bitcast<f32>(W[u.B * u.T * 419 + col7 + kk * 128 + u.B * 265]);
    let w8 = bitcast<f32>(W[u.B * u.T * 419 + col8 + kk * 128 + u.B * 265]);
    let w9 = bitcast<f32>(W[u.B * u.T * 419 + col9 + kk * 128 + u.B * 265]);
    let w10 = bitcast<f32>(W[u.B * u.T * 419 + col10 + kk * 128 + u.B * 265]);
    let w11 = bitcast<f32>(W[u.B * u.T * 419 + col11 + kk * 128 + u.B * 265]);
    let w12 = bitcast<f32>(W[u.B * u.T * 419 + col12 + kk * 128 + u.B * 265]);
    let w13 = bitcast<f32>(W[u.B * u.T * 419 + col13 + kk * 128 + u.B * 265]);
    let w14 = bitcast<f32>(W[u.B * u.T * 419 + col14 + kk * 128 + u.B * 265]);
    let w15 = bitcast<f32>(W[u.B * u.T * 419 + col15 + kk * 128 + u.B * 265]);
    let x0 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row0 + u.B * 65]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row1 + u.B * 65]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row2 + u.B * 65]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row3 + u.B * 65]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row4 + u.B * 65]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row5 + u.B * 65]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row6 + u.B * 65]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row7 + u.B * 65]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row8 + u.B * 65]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row9 + u.B * 65]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row10 + u.B * 65]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row11 + u.B * 65]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row12 + u.B * 65]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row13 + u.B * 65]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row14 + u.B * 65]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 194 + kk * 32 + row15 + u.B * 65]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 128) { M[col0 + row0 * 128 + 513360] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 128) { M[col1 + row0 * 128 + 513360] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 128) { M[col2 + row0 * 128 + 513360] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 128) { M[col3 + row0 * 128 + 513360] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 128) { M[col4 + row0 * 128 + 513360] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 128) { M[col5 + row0 * 128 + 513360] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 128) { M[col6 + row0 * 128 + 513360] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 128) { M[col7 + row0 * 128 + 513360] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 128) { M[col8 + row0 * 128 + 513360] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 128) { M[col9 + row0 * 128 + 513360] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 128) { M[col10 + row0 * 128 + 513360] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 128) { M[col11 + row0 * 128 + 513360] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 128) { M[col12 + row0 * 128 + 513360] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 128) { M[col13 + row0 * 128 + 513360] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 128) { M[col14 + row0 * 128 + 513360] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 128) { M[col15 + row0 * 128 + 513360] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 128) { M[col0 + row1 * 128 + 513360] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 128) { M[col1 + row1 * 128 + 513360] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 128) { M[col2 + row1 * 128 + 513360] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 128) { M[col3 + row1 * 128 + 513360] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 128) { M[col4 + row1 * 128 + 513360] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 128) { M[col5 + row1 * 128 + 513360] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 128) { M[col6 + row1 * 128 + 513360] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 128) { M[col7 + row1 * 128 + 513360] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 128) { M[col8 + row1 * 128 + 513360] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 128) { M[col9 + row1 * 128 + 513360] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 128) { M[col10 + row1 * 128 + 513360] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 128) { M[col11 + row1 * 128 + 513360] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 128) { M[col12 + row1 * 128 + 513360] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 128) { M[col13 + row1 * 128 + 513360] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 128) { M[col14 + row1 * 128 + 513360] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 128) { M[col15 + row1 * 128 + 513360] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 128) { M[col0 + row2 * 128 + 513360] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 128) { M[col1 + row2 * 128 + 513360] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 128) { M[col2 + row2 * 128 + 513360] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 128) { M[col3 + row2 * 128 + 513360] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 128) { M[col4 + row2 * 128 + 513360] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 128) { M[col5 + row2 * 128 + 513360] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 128) { M[col6 + row2 * 128 + 513360] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 128) { M[col7 + row2 * 128 + 513360] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 128) { M[col8 + row2 * 128 + 513360] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 128) { M[col9 + row2 * 128 + 513360] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 128) { M[col10 + row2 * 128 + 513360] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 128) { M[col11 + row2 * 128 + 513360] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 128) { M[col12 + row2 * 128 + 513360] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 128) { M[col13 + row2 * 128 + 513360] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 128) { M[col14 + row2 * 128 + 513360] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 128) { M[col15 + row2 * 128 + 513360] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 128) { M[col0 + row3 * 128 + 513360] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 128) { M[col1 + row3 * 128 + 513360] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 128) { M[col2 + row3 * 128 + 513360] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 128) { M[col3 + row3 * 128 + 513360] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 128) { M[col4 + row3 * 128 + 513360] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 128) { M[col5 + row3 * 128 + 513360] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 128) { M[col6 + row3 * 128 + 513360] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 128) { M[col7 + row3 * 128 + 513360] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 128) { M[col8 + row3 * 128 + 513360] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 128) { M[col9 + row3 * 128 + 513360] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 128) { M[col10 + row3 * 128 + 513360] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 128) { M[col11 + row3 * 128 + 513360] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 128) { M[col12 + row3 * 128 + 513360] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 128) { M[col13 + row3 * 128 + 513360] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 128) { M[col14 + row3 * 128 + 513360] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 128) { M[col15 + row3 * 128 + 513360] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 128) { M[col0 + row4 * 128 + 513360] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 128) { M[col1 + row4 * 128 + 513360] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 128) { M[col2 + row4 * 128 + 513360] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 128) { M[col3 + row4 * 128 + 513360] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 128) { M[col4 + row4 * 128 + 513360] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 128) { M[col5 + row4 * 128 + 513360] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 128) { M[col6 + row4 * 128 + 513360] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 128) { M[col7 + row4 * 128 + 513360] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 128) { M[col8 + row4 * 128 + 513360] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 128) { M[col9 + row4 * 128 + 513360] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 128) { M[col10 + row4 * 128 + 513360] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 128) { M[col11 + row4 * 128 + 513360] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 128) { M[col12 + row4 * 128 + 513360] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 128) { M[col13 + row4 * 128 + 513360] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 128) { M[col14 + row4 * 128 + 513360] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 128) { M[col15 + row4 * 128 + 513360] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 128) { M[col0 + row5 * 128 + 513360] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 128) { M[col1 + row5 * 128 + 513360] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 128) { M[col2 + row5 * 128 + 513360] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 128) { M[col3 + row5 * 128 + 513360] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 128) { M[col4 + row5 * 128 + 513360] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 128) { M[col5 + row5 * 128 + 513360] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 128) { M[col6 + row5 * 128 + 513360] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 128) { M[col7 + row5 * 128 + 513360] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 128) { M[col8 + row5 * 128 + 513360] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 128) { M[col9 + row5 * 128 + 513360] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 128) { M[col10 + row5 * 128 + 513360] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 128) { M[col11 + row5 * 128 + 513360] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 128) { M[col12 + row5 * 128 + 513360] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 128) { M[col13 + row5 * 128 + 513360] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 128) { M[col14 + row5 * 128 + 513360] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 128) { M[col15 + row5 * 128 + 513360] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 128) { M[col0 + row6 * 128 + 513360] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 128) { M[col1 + row6 * 128 + 513360] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 128) { M[col2 + row6 * 128 + 513360] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 128) { M[col3 + row6 * 128 + 513360] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 128) { M[col4 + row6 * 128 + 513360] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 128) { M[col5 + row6 * 128 + 513360] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 128) { M[col6 + row6 * 128 + 513360] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 128) { M[col7 + row6 * 128 + 513360] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 128) { M[col8 + row6 * 128 + 513360] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 128) { M[col9 + row6 * 128 + 513360] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 128) { M[col10 + row6 * 128 + 513360] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 128) { M[col11 + row6 * 128 + 513360] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 128) { M[col12 + row6 * 128 + 513360] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 128) { M[col13 + row6 * 128 + 513360] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 128) { M[col14 + row6 * 128 + 513360] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 128) { M[col15 + row6 * 128 + 513360] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 128) { M[col0 + row7 * 128 + 513360] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 128) { M[col1 + row7 * 128 + 513360] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 128) { M[col2 + row7 * 128 + 513360] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 128) { M[col3 + row7 * 128 + 513360] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 128) { M[col4 + row7 * 128 + 513360] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 128) { M[col5 + row7 * 128 + 513360] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 128) { M[col6 + row7 * 128 + 513360] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 128) { M[col7 + row7 * 128 + 513360] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 128) { M[col8 + row7 * 128 + 513360] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 128) { M[col9 + row7 * 128 + 513360] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 128) { M[col10 + row7 * 128 + 513360] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 128) { M[col11 + row7 * 128 + 513360] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 128) { M[col12 + row7 * 128 + 513360] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 128) { M[col13 + row7 * 128 + 513360] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 128) { M[col14 + row7 * 128 + 513360] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 128) { M[col15 + row7 * 128 + 513360] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 128) { M[col0 + row8 * 128 + 513360] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 128) { M[col1 + row8 * 128 + 513360] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 128) { M[col2 + row8 * 128 + 513360] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 128) { M[col3 + row8 * 128 + 513360] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 128) { M[col4 + row8 * 128 + 513360] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 128) { M[col5 + row8 * 128 + 513360] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 128) { M[col6 + row8 * 128 + 513360] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 128) { M[col7 + row8 * 128 + 513360] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 128) { M[col8 + row8 * 128 + 513360] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 128) { M[col9 + row8 * 128 + 513360] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 128) { M[col10 + row8 * 128 + 513360] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 128) { M[col11 + row8 * 128 + 513360] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 128) { M[col12 + row8 * 128 + 513360] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 128) { M[col13 + row8 * 128 + 513360] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 128) { M[col14 + row8 * 128 + 513360] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 128) { M[col15 + row8 * 128 + 513360] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 128) { M[col0 + row9 * 128 + 513360] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 128) { M[col1 + row9 * 128 + 513360] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 128) { M[col2 + row9 * 128 + 513360] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 128) { M[col3 + row9 * 128 + 513360] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 128) { M[col4 + row9 * 128 + 513360] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 128) { M[col5 + row9 * 128 + 513360] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 128) { M[col6 + row9 * 128 + 513360] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 128) { M[col7 + row9 * 128 + 513360] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 128) { M[col8 + row9 * 128 + 513360] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 128) { M[col9 + row9 * 128 + 513360] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 128) { M[col10 + row9 * 128 + 513360] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 128) { M[col11 + row9 * 128 + 513360] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 128) { M[col12 + row9 * 128 + 513360] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 128) { M[col13 + row9 * 128 + 513360] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 128) { M[col14 + row9 * 128 + 513360] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 128) { M[col15 + row9 * 128 + 513360] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 128) { M[col0 + row10 * 128 + 513360] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 128) { M[col1 + row10 * 128 + 513360] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 128) { M[col2 + row10 * 128 + 513360] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 128) { M[col3 + row10 * 128 + 513360] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 128) { M[col4 + row10 * 128 + 513360] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 128) { M[col5 + row10 * 128 + 513360] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 128) { M[col6 + row10 * 128 + 513360] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 128) { M[col7 + row10 * 128 + 513360] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 128) { M[col8 + row10 * 128 + 513360] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 128) { M[col9 + row10 * 128 + 513360] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 128) { M[col10 + row10 * 128 + 513360] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 128) { M[col11 + row10 * 128 + 513360] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 128) { M[col12 + row10 * 128 + 513360] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 128) { M[col13 + row10 * 128 + 513360] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 128) { M[col14 + row10 * 128 + 513360] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 128) { M[col15 + row10 * 128 + 513360] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 128) { M[col0 + row11 * 128 + 513360] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 128) { M[col1 + row11 * 128 + 513360] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 128) { M[col2 + row11 * 128 + 513360] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 128) { M[col3 + row11 * 128 + 513360] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 128) { M[col4 + row11 * 128 + 513360] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 128) { M[col5 + row11 * 128 + 513360] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 128) { M[col6 + row11 * 128 + 513360] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 128) { M[col7 + row11 * 128 + 513360] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 128) { M[col8 + row11 * 128 + 513360] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 128) { M[col9 + row11 * 128 + 513360] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 128) { M[col10 + row11 * 128 + 513360] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 128) { M[col11 + row11 * 128 + 513360] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 128) { M[col12 + row11 * 128 + 513360] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 128) { M[col13 + row11 * 128 + 513360] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 128) { M[col14 + row11 * 128 + 513360] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 128) { M[col15 + row11 * 128 + 513360] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 128) { M[col0 + row12 * 128 + 513360] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 128) { M[col1 + row12 * 128 + 513360] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 128) { M[col2 + row12 * 128 + 513360] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 128) { M[col3 + row12 * 128 + 513360] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 128) { M[col4 + row12 * 128 + 513360] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 128) { M[col5 + row12 * 128 + 513360] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 128) { M[col6 + row12 * 128 + 513360] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 128) { M[col7 + row12 * 128 + 513360] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 128) { M[col8 + row12 * 128 + 513360] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 128) { M[col9 + row12 * 128 + 513360] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 128) { M[col10 + row12 * 128 + 513360] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 128) { M[col11 + row12 * 128 + 513360] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 128) { M[col12 + row12 * 128 + 513360] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 128) { M[col13 + row12 * 128 + 513360] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 128) { M[col14 + row12 * 128 + 513360] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 128) { M[col15 + row12 * 128 + 513360] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 128) { M[col0 + row13 * 128 + 513360] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 128) { M[col1 + row13 * 128 + 513360] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 128) { M[col2 + row13 * 128 + 513360] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 128) { M[col3 + row13 * 128 + 513360] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 128) { M[col4 + row13 * 128 + 513360] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 128) { M[col5 + row13 * 128 + 513360] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 128) { M[col6 + row13 * 128 + 513360] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 128) { M[col7 + row13 * 128 + 513360] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 128) { M[col8 + row13 * 128 + 513360] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 128) { M[col9 + row13 * 128 + 513360] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 128) { M[col10 + row13 * 128 + 513360] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 128) { M[col11 + row13 * 128 + 513360] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 128) { M[col12 + row13 * 128 + 513360] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 128) { M[col13 + row13 * 128 + 513360] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 128) { M[col14 + row13 * 128 + 513360] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 128) { M[col15 + row13 * 128 + 513360] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 128) { M[col0 + row14 * 128 + 513360] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 128) { M[col1 + row14 * 128 + 513360] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 128) { M[col2 + row14 * 128 + 513360] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 128) { M[col3 + row14 * 128 + 513360] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 128) { M[col4 + row14 * 128 + 513360] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 128) { M[col5 + row14 * 128 + 513360] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 128) { M[col6 + row14 * 128 + 513360] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 128) { M[col7 + row14 * 128 + 513360] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 128) { M[col8 + row14 * 128 + 513360] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 128) { M[col9 + row14 * 128 + 513360] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 128) { M[col10 + row14 * 128 + 513360] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 128) { M[col11 + row14 * 128 + 513360] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 128) { M[col12 + row14 * 128 + 513360] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 128) { M[col13 + row14 * 128 + 513360] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 128) { M[col14 + row14 * 128 + 513360] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 128) { M[col15 + row14 * 128 + 513360] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 128) { M[col0 + row15 * 128 + 513360] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 128) { M[col1 + row15 * 128 + 513360] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 128) { M[col2 + row15 * 128 + 513360] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 128) { M[col3 + row15 * 128 + 513360] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 128) { M[col4 + row15 * 128 + 513360] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 128) { M[col5 + row15 * 128 + 513360] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 128) { M[col6 + row15 * 128 + 513360] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 128) { M[col7 + row15 * 128 + 513360] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 128) { M[col8 + row15 * 128 + 513360] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 128) { M[col9 + row15 * 128 + 513360] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 128) { M[col10 + row15 * 128 + 513360] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 128) { M[col11 + row15 * 128 + 513360] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 128) { M[col12 + row15 * 128 + 513360] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 128) { M[col13 + row15 * 128 + 513360] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 128) { M[col14 + row15 * 128 + 513360] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 128) { M[col15 + row15 * 128 + 513360] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_35_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %104 = matmul_nt %92, %18  [u.B * u.T, 128] x [128, 32], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 128;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let col0 = min(c0 + 0, 31);
  let col1 = min(c0 + 1, 31);
  let col2 = min(c0 + 2, 31);
  let col3 = min(c0 + 3, 31);
  let col4 = min(c0 + 4, 31);
  let col5 = min(c0 + 5, 31);
  let col6 = min(c0 + 6, 31);
  let col7 = min(c0 + 7, 31);
  let col8 = min(c0 + 8, 31);
  let col9 = min(c0 + 9, 31);
  let col10 = min(c0 + 10, 31);
  let col11 = min(c0 + 11, 31);
  let col12 = min(c0 + 12, 31);
  let col13 = min(c0 + 13, 31);
  let col14 = min(c0 + 14, 31);
  let col15 = min(c0 + 15, 31);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let w0 = bitcast<f32>(M[col0 * 128 + kk + 505164]);
    let w1 = bitcast<f32>(M[col1 * 128 + kk + 505164]);
    let w2 = bitcast<f32>(M[col2 * 128 + kk + 505164]);
    let w3 = bitcast<f32>(M[col3 * 128 + kk + 505164]);
    let w4 = bitcast<f32>(M[col4 * 128 + kk + 505164]);
    let w5 = bitcast<f32>(M[col5 * 128 + kk + 505164]);
    let w6 = bitcast<f32>(M[col6 * 128 + kk + 505164]);
    let w7 = bitcast<f32>(M[col7 * 128 + kk + 505164]);
    let w8 = bitcast<f32>(M[col8 * 128 + kk + 505164]);
    let w9 = bitcast<f32>(M[col9 * 128 + kk + 505164]);
    let w10 = bitcast<f32>(M[col10 * 128 + kk + 505164]);
    let w11 = bitcast<f32>(M[col11 * 128 + kk + 505164]);
    let w12 = bitcast<f32>(M[col12 * 128 + kk + 505164]);
    let w13 = bitcast<f32>(M[col13 * 128 + kk + 505164]);
    let w14 = bitcast<f32>(M[col14 * 128 + kk + 505164]);
    let w15 = bitcast<f32>(M[col15 * 128 + kk + 505164]);
    let x0 = bitcast<f32>(W[u.B * u.T * 419 + kk + row0 * 128 + u.B * 265]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 419 + kk + row1 * 128 + u.B * 265]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 419 + kk + row2 * 128 + u.B * 265]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 419 + kk + row3 * 128 + u.B * 265]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 419 + kk + row4 * 128 + u.B * 265]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 419 + kk + row5 * 128 + u.B * 265]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 419 + kk + row6 * 128 + u.B * 265]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 419 + kk + row7 * 128 + u.B * 265]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 419 + kk + row8 * 128 + u.B * 265]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 419 + kk + row9 * 128 + u.B * 265]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 419 + kk + row10 * 128 + u.B * 265]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 419 + kk + row11 * 128 + u.B * 265]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 419 + kk + row12 * 128 + u.B * 265]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 419 + kk + row13 * 128 + u.B * 265]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 419 + kk + row14 * 128 + u.B * 265]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 419 + kk + row15 * 128 + u.B * 265]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row0 * 32 + u.B * 65] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row1 * 32 + u.B * 65] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row2 * 32 + u.B * 65] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row3 * 32 + u.B * 65] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row4 * 32 + u.B * 65] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row5 * 32 + u.B * 65] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row6 * 32 + u.B * 65] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row7 * 32 + u.B * 65] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row8 * 32 + u.B * 65] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row9 * 32 + u.B * 65] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row10 * 32 + u.B * 65] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row11 * 32 + u.B * 65] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row12 * 32 + u.B * 65] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row13 * 32 + u.B * 65] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row14 * 32 + u.B * 65] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 162 + col0 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 162 + col1 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 162 + col2 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 162 + col3 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 162 + col4 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 162 + col5 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 162 + col6 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 162 + col7 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 162 + col8 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 162 + col9 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 162 + col10 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 162 + col11 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 162 + col12 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 162 + col13 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 162 + col14 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 162 + col15 + row15 * 32 + u.B * 65] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_36_matmul ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %105 = matmul_tn %4, %92  [32, u.B * u.T] x [u.B * u.T, 128], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = 32;
  let depth = u.B * u.T;
  let c0 = i32(g.x) * 16;
  let r0 = i32(wid.y) * 16;
  if (r0 >= m) { return; }
  let row0 = min(r0 + 0, m - 1);
  let row1 = min(r0 + 1, m - 1);
  let row2 = min(r0 + 2, m - 1);
  let row3 = min(r0 + 3, m - 1);
  let row4 = min(r0 + 4, m - 1);
  let row5 = min(r0 + 5, m - 1);
  let row6 = min(r0 + 6, m - 1);
  let row7 = min(r0 + 7, m - 1);
  let row8 = min(r0 + 8, m - 1);
  let row9 = min(r0 + 9, m - 1);
  let row10 = min(r0 + 10, m - 1);
  let row11 = min(r0 + 11, m - 1);
  let row12 = min(r0 + 12, m - 1);
  let row13 = min(r0 + 13, m - 1);
  let row14 = min(r0 + 14, m - 1);
  let row15 = min(r0 + 15, m - 1);
  let col0 = min(c0 + 0, 127);
  let col1 = min(c0 + 1, 127);
  let col2 = min(c0 + 2, 127);
  let col3 = min(c0 + 3, 127);
  let col4 = min(c0 + 4, 127);
  let col5 = min(c0 + 5, 127);
  let col6 = min(c0 + 6, 127);
  let col7 = min(c0 + 7, 127);
  let col8 = min(c0 + 8, 127);
  let col9 = min(c0 + 9, 127);
  let col10 = min(c0 + 10, 127);
  let col11 = min(c0 + 11, 127);
  let col12 = min(c0 + 12, 127);
  let col13 = min(c0 + 13, 127);
  let col14 = min(c0 + 14, 127);
  let col15 = min(c0 + 15, 127);
  var a0_0 = 0.0f; var a0_1 = 0.0f; var a0_2 = 0.0f; var a0_3 = 0.0f; var a0_4 = 0.0f; var a0_5 = 0.0f; var a0_6 = 0.0f; var a0_7 = 0.0f; var a0_8 = 0.0f; var a0_9 = 0.0f; var a0_10 = 0.0f; var a0_11 = 0.0f; var a0_12 = 0.0f; var a0_13 = 0.0f; var a0_14 = 0.0f; var a0_15 = 0.0f;
  var a1_0 = 0.0f; var a1_1 = 0.0f; var a1_2 = 0.0f; var a1_3 = 0.0f; var a1_4 = 0.0f; var a1_5 = 0.0f; var a1_6 = 0.0f; var a1_7 = 0.0f; var a1_8 = 0.0f; var a1_9 = 0.0f; var a1_10 = 0.0f; var a1_11 = 0.0f; var a1_12 = 0.0f; var a1_13 = 0.0f; var a1_14 = 0.0f; var a1_15 = 0.0f;
  var a2_0 = 0.0f; var a2_1 = 0.0f; var a2_2 = 0.0f; var a2_3 = 0.0f; var a2_4 = 0.0f; var a2_5 = 0.0f; var a2_6 = 0.0f; var a2_7 = 0.0f; var a2_8 = 0.0f; var a2_9 = 0.0f; var a2_10 = 0.0f; var a2_11 = 0.0f; var a2_12 = 0.0f; var a2_13 = 0.0f; var a2_14 = 0.0f; var a2_15 = 0.0f;
  var a3_0 = 0.0f; var a3_1 = 0.0f; var a3_2 = 0.0f; var a3_3 = 0.0f; var a3_4 = 0.0f; var a3_5 = 0.0f; var a3_6 = 0.0f; var a3_7 = 0.0f; var a3_8 = 0.0f; var a3_9 = 0.0f; var a3_10 = 0.0f; var a3_11 = 0.0f; var a3_12 = 0.0f; var a3_13 = 0.0f; var a3_14 = 0.0f; var a3_15 = 0.0f;
  var a4_0 = 0.0f; var a4_1 = 0.0f; var a4_2 = 0.0f; var a4_3 = 0.0f; var a4_4 = 0.0f; var a4_5 = 0.0f; var a4_6 = 0.0f; var a4_7 = 0.0f; var a4_8 = 0.0f; var a4_9 = 0.0f; var a4_10 = 0.0f; var a4_11 = 0.0f; var a4_12 = 0.0f; var a4_13 = 0.0f; var a4_14 = 0.0f; var a4_15 = 0.0f;
  var a5_0 = 0.0f; var a5_1 = 0.0f; var a5_2 = 0.0f; var a5_3 = 0.0f; var a5_4 = 0.0f; var a5_5 = 0.0f; var a5_6 = 0.0f; var a5_7 = 0.0f; var a5_8 = 0.0f; var a5_9 = 0.0f; var a5_10 = 0.0f; var a5_11 = 0.0f; var a5_12 = 0.0f; var a5_13 = 0.0f; var a5_14 = 0.0f; var a5_15 = 0.0f;
  var a6_0 = 0.0f; var a6_1 = 0.0f; var a6_2 = 0.0f; var a6_3 = 0.0f; var a6_4 = 0.0f; var a6_5 = 0.0f; var a6_6 = 0.0f; var a6_7 = 0.0f; var a6_8 = 0.0f; var a6_9 = 0.0f; var a6_10 = 0.0f; var a6_11 = 0.0f; var a6_12 = 0.0f; var a6_13 = 0.0f; var a6_14 = 0.0f; var a6_15 = 0.0f;
  var a7_0 = 0.0f; var a7_1 = 0.0f; var a7_2 = 0.0f; var a7_3 = 0.0f; var a7_4 = 0.0f; var a7_5 = 0.0f; var a7_6 = 0.0f; var a7_7 = 0.0f; var a7_8 = 0.0f; var a7_9 = 0.0f; var a7_10 = 0.0f; var a7_11 = 0.0f; var a7_12 = 0.0f; var a7_13 = 0.0f; var a7_14 = 0.0f; var a7_15 = 0.0f;
  var a8_0 = 0.0f; var a8_1 = 0.0f; var a8_2 = 0.0f; var a8_3 = 0.0f; var a8_4 = 0.0f; var a8_5 = 0.0f; var a8_6 = 0.0f; var a8_7 = 0.0f; var a8_8 = 0.0f; var a8_9 = 0.0f; var a8_10 = 0.0f; var a8_11 = 0.0f; var a8_12 = 0.0f; var a8_13 = 0.0f; var a8_14 = 0.0f; var a8_15 = 0.0f;
  var a9_0 = 0.0f; var a9_1 = 0.0f; var a9_2 = 0.0f; var a9_3 = 0.0f; var a9_4 = 0.0f; var a9_5 = 0.0f; var a9_6 = 0.0f; var a9_7 = 0.0f; var a9_8 = 0.0f; var a9_9 = 0.0f; var a9_10 = 0.0f; var a9_11 = 0.0f; var a9_12 = 0.0f; var a9_13 = 0.0f; var a9_14 = 0.0f; var a9_15 = 0.0f;
  var a10_0 = 0.0f; var a10_1 = 0.0f; var a10_2 = 0.0f; var a10_3 = 0.0f; var a10_4 = 0.0f; var a10_5 = 0.0f; var a10_6 = 0.0f; var a10_7 = 0.0f; var a10_8 = 0.0f; var a10_9 = 0.0f; var a10_10 = 0.0f; var a10_11 = 0.0f; var a10_12 = 0.0f; var a10_13 = 0.0f; var a10_14 = 0.0f; var a10_15 = 0.0f;
  var a11_0 = 0.0f; var a11_1 = 0.0f; var a11_2 = 0.0f; var a11_3 = 0.0f; var a11_4 = 0.0f; var a11_5 = 0.0f; var a11_6 = 0.0f; var a11_7 = 0.0f; var a11_8 = 0.0f; var a11_9 = 0.0f; var a11_10 = 0.0f; var a11_11 = 0.0f; var a11_12 = 0.0f; var a11_13 = 0.0f; var a11_14 = 0.0f; var a11_15 = 0.0f;
  var a12_0 = 0.0f; var a12_1 = 0.0f; var a12_2 = 0.0f; var a12_3 = 0.0f; var a12_4 = 0.0f; var a12_5 = 0.0f; var a12_6 = 0.0f; var a12_7 = 0.0f; var a12_8 = 0.0f; var a12_9 = 0.0f; var a12_10 = 0.0f; var a12_11 = 0.0f; var a12_12 = 0.0f; var a12_13 = 0.0f; var a12_14 = 0.0f; var a12_15 = 0.0f;
  var a13_0 = 0.0f; var a13_1 = 0.0f; var a13_2 = 0.0f; var a13_3 = 0.0f; var a13_4 = 0.0f; var a13_5 = 0.0f; var a13_6 = 0.0f; var a13_7 = 0.0f; var a13_8 = 0.0f; var a13_9 = 0.0f; var a13_10 = 0.0f; var a13_11 = 0.0f; var a13_12 = 0.0f; var a13_13 = 0.0f; var a13_14 = 0.0f; var a13_15 = 0.0f;
  var a14_0 = 0.0f; var a14_1 = 0.0f; var a14_2 = 0.0f; var a14_3 = 0.0f; var a14_4 = 0.0f; var a14_5 = 0.0f; var a14_6 = 0.0f; var a14_7 = 0.0f; var a14_8 = 0.0f; var a14_9 = 0.0f; var a14_10 = 0.0f; var a14_11 = 0.0f; var a14_12 = 0.0f; var a14_13 = 0.0f; var a14_14 = 0.0f; var a14_15 = 0.0f;
  var a15_0 = 0.0f; var a15_1 = 0.0f; var a15_2 = 0.0f; var a15_3 = 0.0f; var a15_4 = 0.0f; var a15_5 = 0.0f; var a15_6 = 0.0f; var a15_7 = 0.0f; var a15_8 = 0.0f; var a15_9 = 0.0f; var a15_10 = 0.0f; var a15_11 = 0.0f; var a15_12 = 0.0f; var a15_13 = 0.0f; var a15_14 = 0.0f; var a15_15 = 0.0f;
  for (var kk = 0; kk < depth; kk++) {
    let w0 = bitcast<f32>(W[u.B * u.T * 419 + col0 + kk * 128 + u.B * 265]);
    let w1 = bitcast<f32>(W[u.B * u.T * 419 + col1 + kk * 128 + u.B * 265]);
    let w2 = bitcast<f32>(W[u.B * u.T * 419 + col2 + kk * 128 + u.B * 265]);
    let w3 = bitcast<f32>(W[u.B * u.T * 419 + col3 + kk * 128 + u.B * 265]);
    let w4 = bitcast<f32>(W[u.B * u.T * 419 + col4 + kk * 128 + u.B * 265]);
    let w5 = bitcast<f32>(W[u.B * u.T * 419 + col5 + kk * 128 + u.B * 265]);
    let w6 = bitcast<f32>(W[u.B * u.T * 419 + col6 + kk * 128 + u.B * 265]);
    let w7 = bitcast<f32>(W[u.B * u.T * 419 + col7 + kk * 128 + u.B * 265]);
    let w8 = bitcast<f32>(W[u.B * u.T * 419 + col8 + kk * 128 + u.B * 265]);
    let w9 = bitcast<f32>(W[u.B * u.T * 419 + col9 + kk * 128 + u.B * 265]);
    let w10 = bitcast<f32>(W[u.B * u.T * 419 + col10 + kk * 128 + u.B * 265]);
    let w11 = bitcast<f32>(W[u.B * u.T * 419 + col11 + kk * 128 + u.B * 265]);
    let w12 = bitcast<f32>(W[u.B * u.T * 419 + col12 + kk * 128 + u.B * 265]);
    let w13 = bitcast<f32>(W[u.B * u.T * 419 + col13 + kk * 128 + u.B * 265]);
    let w14 = bitcast<f32>(W[u.B * u.T * 419 + col14 + kk * 128 + u.B * 265]);
    let w15 = bitcast<f32>(W[u.B * u.T * 419 + col15 + kk * 128 + u.B * 265]);
    let x0 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row0 + u.B]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row1 + u.B]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row2 + u.B]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row3 + u.B]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row4 + u.B]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row5 + u.B]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row6 + u.B]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row7 + u.B]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row8 + u.B]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row9 + u.B]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row10 + u.B]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row11 + u.B]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row12 + u.B]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row13 + u.B]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row14 + u.B]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 2 + kk * 32 + row15 + u.B]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 128) { M[col0 + row0 * 128 + 505164] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 128) { M[col1 + row0 * 128 + 505164] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 128) { M[col2 + row0 * 128 + 505164] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 128) { M[col3 + row0 * 128 + 505164] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 128) { M[col4 + row0 * 128 + 505164] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 128) { M[col5 + row0 * 128 + 505164] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 128) { M[col6 + row0 * 128 + 505164] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 128) { M[col7 + row0 * 128 + 505164] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 128) { M[col8 + row0 * 128 + 505164] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 128) { M[col9 + row0 * 128 + 505164] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 128) { M[col10 + row0 * 128 + 505164] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 128) { M[col11 + row0 * 128 + 505164] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 128) { M[col12 + row0 * 128 + 505164] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 128) { M[col13 + row0 * 128 + 505164] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 128) { M[col14 + row0 * 128 + 505164] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 128) { M[col15 + row0 * 128 + 505164] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 128) { M[col0 + row1 * 128 + 505164] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 128) { M[col1 + row1 * 128 + 505164] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 128) { M[col2 + row1 * 128 + 505164] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 128) { M[col3 + row1 * 128 + 505164] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 128) { M[col4 + row1 * 128 + 505164] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 128) { M[col5 + row1 * 128 + 505164] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 128) { M[col6 + row1 * 128 + 505164] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 128) { M[col7 + row1 * 128 + 505164] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 128) { M[col8 + row1 * 128 + 505164] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 128) { M[col9 + row1 * 128 + 505164] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 128) { M[col10 + row1 * 128 + 505164] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 128) { M[col11 + row1 * 128 + 505164] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 128) { M[col12 + row1 * 128 + 505164] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 128) { M[col13 + row1 * 128 + 505164] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 128) { M[col14 + row1 * 128 + 505164] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 128) { M[col15 + row1 * 128 + 505164] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 128) { M[col0 + row2 * 128 + 505164] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 128) { M[col1 + row2 * 128 + 505164] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 128) { M[col2 + row2 * 128 + 505164] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 128) { M[col3 + row2 * 128 + 505164] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 128) { M[col4 + row2 * 128 + 505164] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 128) { M[col5 + row2 * 128 + 505164] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 128) { M[col6 + row2 * 128 + 505164] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 128) { M[col7 + row2 * 128 + 505164] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 128) { M[col8 + row2 * 128 + 505164] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 128) { M[col9 + row2 * 128 + 505164] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 128) { M[col10 + row2 * 128 + 505164] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 128) { M[col11 + row2 * 128 + 505164] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 128) { M[col12 + row2 * 128 + 505164] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 128) { M[col13 + row2 * 128 + 505164] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 128) { M[col14 + row2 * 128 + 505164] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 128) { M[col15 + row2 * 128 + 505164] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 128) { M[col0 + row3 * 128 + 505164] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 128) { M[col1 + row3 * 128 + 505164] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 128) { M[col2 + row3 * 128 + 505164] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 128) { M[col3 + row3 * 128 + 505164] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 128) { M[col4 + row3 * 128 + 505164] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 128) { M[col5 + row3 * 128 + 505164] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 128) { M[col6 + row3 * 128 + 505164] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 128) { M[col7 + row3 * 128 + 505164] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 128) { M[col8 + row3 * 128 + 505164] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 128) { M[col9 + row3 * 128 + 505164] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 128) { M[col10 + row3 * 128 + 505164] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 128) { M[col11 + row3 * 128 + 505164] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 128) { M[col12 + row3 * 128 + 505164] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 128) { M[col13 + row3 * 128 + 505164] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 128) { M[col14 + row3 * 128 + 505164] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 128) { M[col15 + row3 * 128 + 505164] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 128) { M[col0 + row4 * 128 + 505164] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 128) { M[col1 + row4 * 128 + 505164] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 128) { M[col2 + row4 * 128 + 505164] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 128) { M[col3 + row4 * 128 + 505164] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 128) { M[col4 + row4 * 128 + 505164] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 128) { M[col5 + row4 * 128 + 505164] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 128) { M[col6 + row4 * 128 + 505164] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 128) { M[col7 + row4 * 128 + 505164] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 128) { M[col8 + row4 * 128 + 505164] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 128) { M[col9 + row4 * 128 + 505164] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 128) { M[col10 + row4 * 128 + 505164] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 128) { M[col11 + row4 * 128 + 505164] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 128) { M[col12 + row4 * 128 + 505164] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 128) { M[col13 + row4 * 128 + 505164] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 128) { M[col14 + row4 * 128 + 505164] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 128) { M[col15 + row4 * 128 + 505164] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 128) { M[col0 + row5 * 128 + 505164] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 128) { M[col1 + row5 * 128 + 505164] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 128) { M[col2 + row5 * 128 + 505164] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 128) { M[col3 + row5 * 128 + 505164] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 128) { M[col4 + row5 * 128 + 505164] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 128) { M[col5 + row5 * 128 + 505164] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 128) { M[col6 + row5 * 128 + 505164] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 128) { M[col7 + row5 * 128 + 505164] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 128) { M[col8 + row5 * 128 + 505164] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 128) { M[col9 + row5 * 128 + 505164] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 128) { M[col10 + row5 * 128 + 505164] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 128) { M[col11 + row5 * 128 + 505164] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 128) { M[col12 + row5 * 128 + 505164] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 128) { M[col13 + row5 * 128 + 505164] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 128) { M[col14 + row5 * 128 + 505164] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 128) { M[col15 + row5 * 128 + 505164] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 128) { M[col0 + row6 * 128 + 505164] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 128) { M[col1 + row6 * 128 + 505164] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 128) { M[col2 + row6 * 128 + 505164] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 128) { M[col3 + row6 * 128 + 505164] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 128) { M[col4 + row6 * 128 + 505164] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 128) { M[col5 + row6 * 128 + 505164] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 128) { M[col6 + row6 * 128 + 505164] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 128) { M[col7 + row6 * 128 + 505164] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 128) { M[col8 + row6 * 128 + 505164] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 128) { M[col9 + row6 * 128 + 505164] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 128) { M[col10 + row6 * 128 + 505164] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 128) { M[col11 + row6 * 128 + 505164] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 128) { M[col12 + row6 * 128 + 505164] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 128) { M[col13 + row6 * 128 + 505164] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 128) { M[col14 + row6 * 128 + 505164] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 128) { M[col15 + row6 * 128 + 505164] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 128) { M[col0 + row7 * 128 + 505164] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 128) { M[col1 + row7 * 128 + 505164] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 128) { M[col2 + row7 * 128 + 505164] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 128) { M[col3 + row7 * 128 + 505164] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 128) { M[col4 + row7 * 128 + 505164] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 128) { M[col5 + row7 * 128 + 505164] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 128) { M[col6 + row7 * 128 + 505164] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 128) { M[col7 + row7 * 128 + 505164] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 128) { M[col8 + row7 * 128 + 505164] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 128) { M[col9 + row7 * 128 + 505164] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 128) { M[col10 + row7 * 128 + 505164] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 128) { M[col11 + row7 * 128 + 505164] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 128) { M[col12 + row7 * 128 + 505164] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 128) { M[col13 + row7 * 128 + 505164] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 128) { M[col14 + row7 * 128 + 505164] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 128) { M[col15 + row7 * 128 + 505164] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 128) { M[col0 + row8 * 128 + 505164] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 128) { M[col1 + row8 * 128 + 505164] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 128) { M[col2 + row8 * 128 + 505164] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 128) { M[col3 + row8 * 128 + 505164] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 128) { M[col4 + row8 * 128 + 505164] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 128) { M[col5 + row8 * 128 + 505164] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 128) { M[col6 + row8 * 128 + 505164] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 128) { M[col7 + row8 * 128 + 505164] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 128) { M[col8 + row8 * 128 + 505164] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 128) { M[col9 + row8 * 128 + 505164] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 128) { M[col10 + row8 * 128 + 505164] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 128) { M[col11 + row8 * 128 + 505164] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 128) { M[col12 + row8 * 128 + 505164] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 128) { M[col13 + row8 * 128 + 505164] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 128) { M[col14 + row8 * 128 + 505164] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 128) { M[col15 + row8 * 128 + 505164] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 128) { M[col0 + row9 * 128 + 505164] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 128) { M[col1 + row9 * 128 + 505164] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 128) { M[col2 + row9 * 128 + 505164] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 128) { M[col3 + row9 * 128 + 505164] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 128) { M[col4 + row9 * 128 + 505164] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 128) { M[col5 + row9 * 128 + 505164] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 128) { M[col6 + row9 * 128 + 505164] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 128) { M[col7 + row9 * 128 + 505164] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 128) { M[col8 + row9 * 128 + 505164] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 128) { M[col9 + row9 * 128 + 505164] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 128) { M[col10 + row9 * 128 + 505164] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 128) { M[col11 + row9 * 128 + 505164] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 128) { M[col12 + row9 * 128 + 505164] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 128) { M[col13 + row9 * 128 + 505164] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 128) { M[col14 + row9 * 128 + 505164] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 128) { M[col15 + row9 * 128 + 505164] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 128) { M[col0 + row10 * 128 + 505164] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 128) { M[col1 + row10 * 128 + 505164] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 128) { M[col2 + row10 * 128 + 505164] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 128) { M[col3 + row10 * 128 + 505164] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 128) { M[col4 + row10 * 128 + 505164] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 128) { M[col5 + row10 * 128 + 505164] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 128) { M[col6 + row10 * 128 + 505164] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 128) { M[col7 + row10 * 128 + 505164] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 128) { M[col8 + row10 * 128 + 505164] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 128) { M[col9 + row10 * 128 + 505164] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 128) { M[col10 + row10 * 128 + 505164] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 128) { M[col11 + row10 * 128 + 505164] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 128) { M[col12 + row10 * 128 + 505164] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 128) { M[col13 + row10 * 128 + 505164] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 128) { M[col14 + row10 * 128 + 505164] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 128) { M[col15 + row10 * 128 + 505164] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 128) { M[col0 + row11 * 128 + 505164] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 128) { M[col1 + row11 * 128 + 505164] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 128) { M[col2 + row11 * 128 + 505164] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 128) { M[col3 + row11 * 128 + 505164] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 128) { M[col4 + row11 * 128 + 505164] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 128) { M[col5 + row11 * 128 + 505164] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 128) { M[col6 + row11 * 128 + 505164] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 128) { M[col7 + row11 * 128 + 505164] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 128) { M[col8 + row11 * 128 + 505164] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 128) { M[col9 + row11 * 128 + 505164] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 128) { M[col10 + row11 * 128 + 505164] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 128) { M[col11 + row11 * 128 + 505164] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 128) { M[col12 + row11 * 128 + 505164] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 128) { M[col13 + row11 * 128 + 505164] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 128) { M[col14 + row11 * 128 + 505164] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 128) { M[col15 + row11 * 128 + 505164] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 128) { M[col0 + row12 * 128 + 505164] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 128) { M[col1 + row12 * 128 + 505164] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 128) { M[col2 + row12 * 128 + 505164] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 128) { M[col3 + row12 * 128 + 505164] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 128) { M[col4 + row12 * 128 + 505164] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 128) { M[col5 + row12 * 128 + 505164] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 128) { M[col6 + row12 * 128 + 505164] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 128) { M[col7 + row12 * 128 + 505164] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 128) { M[col8 + row12 * 128 + 505164] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 128) { M[col9 + row12 * 128 + 505164] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 128) { M[col10 + row12 * 128 + 505164] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 128) { M[col11 + row12 * 128 + 505164] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 128) { M[col12 + row12 * 128 + 505164] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 128) { M[col13 + row12 * 128 + 505164] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 128) { M[col14 + row12 * 128 + 505164] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 128) { M[col15 + row12 * 128 + 505164] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 128) { M[col0 + row13 * 128 + 505164] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 128) { M[col1 + row13 * 128 + 505164] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 128) { M[col2 + row13 * 128 + 505164] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 128) { M[col3 + row13 * 128 + 505164] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 128) { M[col4 + row13 * 128 + 505164] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 128) { M[col5 + row13 * 128 + 505164] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 128) { M[col6 + row13 * 128 + 505164] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 128) { M[col7 + row13 * 128 + 505164] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 128) { M[col8 + row13 * 128 + 505164] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 128) { M[col9 + row13 * 128 + 505164] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 128) { M[col10 + row13 * 128 + 505164] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 128) { M[col11 + row13 * 128 + 505164] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 128) { M[col12 + row13 * 128 + 505164] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 128) { M[col13 + row13 * 128 + 505164] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 128) { M[col14 + row13 * 128 + 505164] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 128) { M[col15 + row13 * 128 + 505164] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 128) { M[col0 + row14 * 128 + 505164] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 128) { M[col1 + row14 * 128 + 505164] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 128) { M[col2 + row14 * 128 + 505164] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 128) { M[col3 + row14 * 128 + 505164] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 128) { M[col4 + row14 * 128 + 505164] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 128) { M[col5 + row14 * 128 + 505164] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 128) { M[col6 + row14 * 128 + 505164] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 128) { M[col7 + row14 * 128 + 505164] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 128) { M[col8 + row14 * 128 + 505164] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 128) { M[col9 + row14 * 128 + 505164] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 128) { M[col10 + row14 * 128 + 505164] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 128) { M[col11 + row14 * 128 + 505164] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 128) { M[col12 + row14 * 128 + 505164] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 128) { M[col13 + row14 * 128 + 505164] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 128) { M[col14 + row14 * 128 + 505164] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 128) { M[col15 + row14 * 128 + 505164] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 128) { M[col0 + row15 * 128 + 505164] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 128) { M[col1 + row15 * 128 + 505164] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 128) { M[col2 + row15 * 128 + 505164] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 128) { M[col3 + row15 * 128 + 505164] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 128) { M[col4 + row15 * 128 + 505164] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 128) { M[col5 + row15 * 128 + 505164] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 128) { M[col6 + row15 * 128 + 505164] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 128) { M[col7 + row15 * 128 + 505164] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 128) { M[col8 + row15 * 128 + 505164] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 128) { M[col9 + row15 * 128 + 505164] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 128) { M[col10 + row15 * 128 + 505164] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 128) { M[col11 + row15 * 128 + 505164] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 128) { M[col12 + row15 * 128 + 505164] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 128) { M[col13 + row15 * 128 + 505164] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 128) { M[col14 + row15 * 128 + 505164] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 128) { M[col15 + row15 * 128 + 505164] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_37_scatter_add ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// %110 = scatter_add %0, %104 vocab=5000  scatter_add into [5000, 32]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 160000) { return; }
  let d = gid % 32;
  let v = gid / 32;
  var acc = 0.0f;
  for (var q = 0; q < u.B * u.T; q++) {
    var r_ = q;
    let i1 = r_ % (u.T);
    r_ = r_ / (u.T);
    let i0 = r_;
    if (bitcast<i32>(W[i0 * u.T + i1]) == v) {
      acc = acc + bitcast<f32>(W[i0 * u.T * 32 + u.B * u.T * 162 + d + i1 * 32 + u.B * 65]);
    }
  }
  M[d + v * 32 + 517524] = bitcast<u32>(acc);
}

// ======== kernel runTrain_38_fused ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// fused elementwise kernel (12 kernels)  [32, 32]
//   output 'grad.lstm.W_i' = %106
//   output 'grad.lstm.W_f' = %107
//   output 'grad.lstm.W_c' = %108
//   output 'grad.lstm.W_o' = %109
//   output 'grad.lstm.U_i' = %100
//   output 'grad.lstm.U_f' = %101
//   output 'grad.lstm.U_c' = %102
//   output 'grad.lstm.U_o' = %103
//   output 'grad.lstm.b_i' = %95
//   output 'grad.lstm.b_f' = %96
//   output 'grad.lstm.b_c' = %97
//   output 'grad.lstm.b_o' = %98
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  var r_ = gid;
  let i1 = r_ % (32);
  r_ = r_ / (32);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 128 + i1 + 505164]);
  let v1 = bitcast<f32>(M[i0 * 128 + i1 + 505196]);
  let v2 = bitcast<f32>(M[i0 * 128 + i1 + 505228]);
  let v3 = bitcast<f32>(M[i0 * 128 + i1 + 505260]);
  let v4 = bitcast<f32>(M[i0 * 128 + i1 + 513360]);
  let v5 = bitcast<f32>(M[i0 * 128 + i1 + 513392]);
  let v6 = bitcast<f32>(M[i0 * 128 + i1 + 513424]);
  let v7 = bitcast<f32>(M[i0 * 128 + i1 + 513456]);
  let v8 = bitcast<f32>(M[i0 + 509260]);
  let v9 = bitcast<f32>(M[i0 + 509292]);
  let v10 = bitcast<f32>(M[i0 + 509324]);
  let v11 = bitcast<f32>(M[i0 + 509356]);
  M[i0 * 32 + i1 + 677524] = bitcast<u32>(v0);
  M[i0 * 32 + i1 + 678548] = bitcast<u32>(v1);
  M[i0 * 32 + i1 + 679572] = bitcast<u32>(v2);
  M[i0 * 32 + i1 + 680596] = bitcast<u32>(v3);
  M[i0 * 32 + i1 + 681620] = bitcast<u32>(v4);
  M[i0 * 32 + i1 + 682644] = bitcast<u32>(v5);
  M[i0 * 32 + i1 + 683668] = bitcast<u32>(v6);
  M[i0 * 32 + i1 + 684692] = bitcast<u32>(v7);
  M[i0 + 685716] = bitcast<u32>(v8);
  M[i0 + 685748] = bitcast<u32>(v9);
  M[i0 + 685780] = bitcast<u32>(v10);
  M[i0 + 685812] = bitcast<u32>(v11);
}

// ======== kernel update_0_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.emb.E  reduce_sum over 1000
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 160) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1000; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1000 + i1 + 517524]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 685844] = bitcast<u32>(acc);
}

// ======== kernel update_1_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.W_i  reduce_sum over 1024
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 677524]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686004] = bitcast<u32>(acc);
}

// ======== kernel update_2_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.W_f  reduce_sum over 1024
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 678548]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686005] = bitcast<u32>(acc);
}

// ======== kernel update_3_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.W_c  reduce_sum over 1024
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 679572]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686006] = bitcast<u32>(acc);
}

// ======== kernel update_4_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.W_o  reduce_sum over 1024
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 680596]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686007] = bitcast<u32>(acc);
}

// ======== kernel update_5_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.U_i  reduce_sum over 1024
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 681620]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686008] = bitcast<u32>(acc);
}

// ======== kernel update_6_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.U_f  reduce_sum over 1024
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 682644]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686009] = bitcast<u32>(acc);
}

// ======== kernel update_7_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.U_c  reduce_sum over 1024
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 683668]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686010] = bitcast<u32>(acc);
}

// ======== kernel update_8_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.U_o  reduce_sum over 1024
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 684692]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686011] = bitcast<u32>(acc);
}

// ======== kernel update_9_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.b_i  reduce_sum over 32
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 32; i1++) {
    let v0 = bitcast<f32>(M[i0 * 32 + i1 + 685716]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686012] = bitcast<u32>(acc);
}

// ======== kernel update_10_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.b_f  reduce_sum over 32
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 32; i1++) {
    let v0 = bitcast<f32>(M[i0 * 32 + i1 + 685748]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686013] = bitcast<u32>(acc);
}

// ======== kernel update_11_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.b_c  reduce_sum over 32
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 32; i1++) {
    let v0 = bitcast<f32>(M[i0 * 32 + i1 + 685780]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686014] = bitcast<u32>(acc);
}

// ======== kernel update_12_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.lstm.b_o  reduce_sum over 32
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 32; i1++) {
    let v0 = bitcast<f32>(M[i0 * 32 + i1 + 685812]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686015] = bitcast<u32>(acc);
}

// ======== kernel update_13_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.out.W  reduce_sum over 64
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 64; i1++) {
    let v0 = bitcast<f32>(M[i0 * 64 + i1 + 517460]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686016] = bitcast<u32>(acc);
}

// ======== kernel update_14_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// sum of squares of grad.out.b  reduce_sum over 2
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 2; i1++) {
    let v0 = bitcast<f32>(M[i0 * 2 + i1 + 517456]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 686017] = bitcast<u32>(acc);
}

// ======== kernel update_15_reduce ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// global sum of squares  reduce_sum over 174
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  var acc = 0.0f;
  for (var i0 = 0; i0 < 174; i0++) {
    let v0 = bitcast<f32>(M[i0 + 685844]);
    acc = acc + v0;
  }
  M[686020] = bitcast<u32>(acc);
}

// ======== kernel update_16_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// global-norm clipping factor (maxNorm 5)  [1]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let v0 = bitcast<f32>(M[686020]);
  let v1 = sqrt(v0);
  let v2 = v1 + 9.999999974752427e-7f;
  let v3 = 5.0f / v2;
  let v4 = abs(v1);
  let v5 = v4 <= 3.4028234663852886e+38f;
  let v6 = v3 < 1.0f;
  let v7 = select(1.0f, v3, v6);
  let v8 = select(1.0f, v7, v5);
  M[686024] = bitcast<u32>(v1);
  M[686028] = bitcast<u32>(v8);
}

// ======== kernel update_17_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of emb.E  [160000]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 160000) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0]);
  let v1 = bitcast<f32>(M[i0 + 517524]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 168388]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 336774]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 168388]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 336774]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0]);
  let v30 = select(v29, v28, v15);
  M[i0 + 168388] = bitcast<u32>(v17);
  M[i0 + 336774] = bitcast<u32>(v19);
  M[i0] = bitcast<u32>(v30);
}

// ======== kernel update_18_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.W_i  [1024]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 160000]);
  let v1 = bitcast<f32>(M[i0 + 677524]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 328388]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 496774]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 328388]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 496774]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 160000]);
  let v30 = select(v29, v28, v15);
  M[i0 + 328388] = bitcast<u32>(v17);
  M[i0 + 496774] = bitcast<u32>(v19);
  M[i0 + 160000] = bitcast<u32>(v30);
}

// ======== kernel update_19_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.W_f  [1024]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 161024]);
  let v1 = bitcast<f32>(M[i0 + 678548]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 329412]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 497798]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 329412]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 497798]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 161024]);
  let v30 = select(v29, v28, v15);
  M[i0 + 329412] = bitcast<u32>(v17);
  M[i0 + 497798] = bitcast<u32>(v19);
  M[i0 + 161024] = bitcast<u32>(v30);
}

// ======== kernel update_20_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.W_c  [1024]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 162048]);
  let v1 = bitcast<f32>(M[i0 + 679572]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 330436]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 498822]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 330436]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 498822]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 162048]);
  let v30 = select(v29, v28, v15);
  M[i0 + 330436] = bitcast<u32>(v17);
  M[i0 + 498822] = bitcast<u32>(v19);
  M[i0 + 162048] = bitcast<u32>(v30);
}

// ======== kernel update_21_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.W_o  [1024]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 163072]);
  let v1 = bitcast<f32>(M[i0 + 680596]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 331460]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 499846]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 331460]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 499846]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 163072]);
  let v30 = select(v29, v28, v15);
  M[i0 + 331460] = bitcast<u32>(v17);
  M[i0 + 499846] = bitcast<u32>(v19);
  M[i0 + 163072] = bitcast<u32>(v30);
}

// ======== kernel update_22_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.U_i  [1024]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 164096]);
  let v1 = bitcast<f32>(M[i0 + 681620]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 332484]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 500870]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 332484]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 500870]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 164096]);
  let v30 = select(v29, v28, v15);
  M[i0 + 332484] = bitcast<u32>(v17);
  M[i0 + 500870] = bitcast<u32>(v19);
  M[i0 + 164096] = bitcast<u32>(v30);
}

// ======== kernel update_23_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.U_f  [1024]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 165120]);
  let v1 = bitcast<f32>(M[i0 + 682644]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 333508]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 501894]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 333508]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 501894]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 165120]);
  let v30 = select(v29, v28, v15);
  M[i0 + 333508] = bitcast<u32>(v17);
  M[i0 + 501894] = bitcast<u32>(v19);
  M[i0 + 165120] = bitcast<u32>(v30);
}

// ======== kernel update_24_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.U_c  [1024]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 166144]);
  let v1 = bitcast<f32>(M[i0 + 683668]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 334532]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 502918]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 334532]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 502918]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 166144]);
  let v30 = select(v29, v28, v15);
  M[i0 + 334532] = bitcast<u32>(v17);
  M[i0 + 502918] = bitcast<u32>(v19);
  M[i0 + 166144] = bitcast<u32>(v30);
}

// ======== kernel update_25_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.U_o  [1024]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 167168]);
  let v1 = bitcast<f32>(M[i0 + 684692]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 335556]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 503942]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 335556]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 503942]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 167168]);
  let v30 = select(v29, v28, v15);
  M[i0 + 335556] = bitcast<u32>(v17);
  M[i0 + 503942] = bitcast<u32>(v19);
  M[i0 + 167168] = bitcast<u32>(v30);
}

// ======== kernel update_26_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.b_i  [32]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 32) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 168192]);
  let v1 = bitcast<f32>(M[i0 + 685716]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 336580]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 504966]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 336580]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 504966]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 168192]);
  let v30 = select(v29, v28, v15);
  M[i0 + 336580] = bitcast<u32>(v17);
  M[i0 + 504966] = bitcast<u32>(v19);
  M[i0 + 168192] = bitcast<u32>(v30);
}

// ======== kernel update_27_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.b_f  [32]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 32) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 168224]);
  let v1 = bitcast<f32>(M[i0 + 685748]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 336612]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 504998]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 336612]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 504998]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 168224]);
  let v30 = select(v29, v28, v15);
  M[i0 + 336612] = bitcast<u32>(v17);
  M[i0 + 504998] = bitcast<u32>(v19);
  M[i0 + 168224] = bitcast<u32>(v30);
}

// ======== kernel update_28_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.b_c  [32]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 32) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 168256]);
  let v1 = bitcast<f32>(M[i0 + 685780]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 336644]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 505030]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 336644]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 505030]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 168256]);
  let v30 = select(v29, v28, v15);
  M[i0 + 336644] = bitcast<u32>(v17);
  M[i0 + 505030] = bitcast<u32>(v19);
  M[i0 + 168256] = bitcast<u32>(v30);
}

// ======== kernel update_29_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of lstm.b_o  [32]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 32) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 168288]);
  let v1 = bitcast<f32>(M[i0 + 685812]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 336676]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 505062]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 336676]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 505062]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 168288]);
  let v30 = select(v29, v28, v15);
  M[i0 + 336676] = bitcast<u32>(v17);
  M[i0 + 505062] = bitcast<u32>(v19);
  M[i0 + 168288] = bitcast<u32>(v30);
}

// ======== kernel update_30_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of out.W  [64]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 64) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 168320]);
  let v1 = bitcast<f32>(M[i0 + 517460]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 336708]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 505094]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 336708]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 505094]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 168320]);
  let v30 = select(v29, v28, v15);
  M[i0 + 336708] = bitcast<u32>(v17);
  M[i0 + 505094] = bitcast<u32>(v19);
  M[i0 + 168320] = bitcast<u32>(v30);
}

// ======== kernel update_31_map ========
struct Sizes {
  B: i32,
  T: i32,
  l0: i32,
  l1: i32,
  l2: i32,
  l3: i32,
  l4: i32,
  l5: i32,
}
@group(0) @binding(0) var<storage, read_write> M: array<u32>;
@group(0) @binding(1) var<storage, read_write> W: array<u32>;
@group(0) @binding(2) var<uniform> u: Sizes;

// adam update of out.b  [2]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 2) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 168384]);
  let v1 = bitcast<f32>(M[i0 + 517456]);
  let v2 = bitcast<f32>(M[686028]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 336772]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 505158]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[513356]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 336772]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 505158]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[505161]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[505162]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 168384]);
  let v30 = select(v29, v28, v15);
  M[i0 + 336772] = bitcast<u32>(v17);
  M[i0 + 505158] = bitcast<u32>(v19);
  M[i0 + 168384] = bitcast<u32>(v30);
}
