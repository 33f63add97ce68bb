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

// %3 = gather %2, %0  gather x 16, vocabulary 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 16) { return; }
  let d = gid % 16;
  var r_ = gid / 16;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let id = bitcast<i32>(W[i0 * u.T + i1 + u.B * 128]);
  var x = 0.0f;
  if (id >= 0 && id < 30) { x = bitcast<f32>(M[d + id * 16]); }
  W[i0 * u.T * 16 + u.B * u.T * 2 + d + i1 * 16 + u.B * 128] = bitcast<u32>(x);
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

// fused elementwise kernel (4 kernels)  [16, 64]
//   %18 = concat %4, %5, %6, %7 axis=1 (piece 1/4)
//   %18 = concat %4, %5, %6, %7 axis=1 (piece 2/4)
//   %18 = concat %4, %5, %6, %7 axis=1 (piece 3/4)
//   %18 = concat %4, %5, %6, %7 axis=1 (piece 4/4)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 64 + i1 + 480]);
  let v1 = bitcast<f32>(M[i0 * 64 + i1 + 1504]);
  let v2 = bitcast<f32>(M[i0 * 64 + i1 + 2528]);
  let v3 = bitcast<f32>(M[i0 * 64 + i1 + 3552]);
  M[i0 * 256 + i1 + 69504] = bitcast<u32>(v0);
  M[i0 * 256 + i1 + 69568] = bitcast<u32>(v1);
  M[i0 * 256 + i1 + 69632] = bitcast<u32>(v2);
  M[i0 * 256 + i1 + 69696] = bitcast<u32>(v3);
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

// %19 = matmul %3, %18  [u.B * u.T, 16] x [16, 256], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 16;
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
  let quad0 = min(c0 + 0, 252);
  let quad1 = min(c0 + 4, 252);
  let quad2 = min(c0 + 8, 252);
  let quad3 = min(c0 + 12, 252);
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
    let q0 = bitcast<vec4f>(M[(kk * 256 + quad0 + 69504) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 256 + quad1 + 69504) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 256 + quad2 + 69504) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 256 + quad3 + 69504) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 2 + kk + row0 * 16 + u.B * 128]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 2 + kk + row1 * 16 + u.B * 128]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 2 + kk + row2 * 16 + u.B * 128]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 2 + kk + row3 * 16 + u.B * 128]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 2 + kk + row4 * 16 + u.B * 128]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 2 + kk + row5 * 16 + u.B * 128]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 2 + kk + row6 * 16 + u.B * 128]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 2 + kk + row7 * 16 + u.B * 128]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 2 + kk + row8 * 16 + u.B * 128]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 2 + kk + row9 * 16 + u.B * 128]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 2 + kk + row10 * 16 + u.B * 128]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 2 + kk + row11 * 16 + u.B * 128]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 2 + kk + row12 * 16 + u.B * 128]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 2 + kk + row13 * 16 + u.B * 128]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 2 + kk + row14 * 16 + u.B * 128]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 2 + kk + row15 * 16 + u.B * 128]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 66 + (quad0 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 66 + (quad0 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 66 + (quad0 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 66 + (quad0 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 66 + (quad1 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 66 + (quad1 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 66 + (quad1 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 66 + (quad1 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 66 + (quad2 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 66 + (quad2 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 66 + (quad2 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 66 + (quad2 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 66 + (quad3 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 66 + (quad3 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 66 + (quad3 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 66 + (quad3 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_3_fused ========
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

// fused elementwise kernel (4 kernels)  [64, 64]
//   %20 = concat %8, %9, %10, %11 axis=1 (piece 1/4)
//   %20 = concat %8, %9, %10, %11 axis=1 (piece 2/4)
//   %20 = concat %8, %9, %10, %11 axis=1 (piece 3/4)
//   %20 = concat %8, %9, %10, %11 axis=1 (piece 4/4)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 4096) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 64 + i1 + 4576]);
  let v1 = bitcast<f32>(M[i0 * 64 + i1 + 8672]);
  let v2 = bitcast<f32>(M[i0 * 64 + i1 + 12768]);
  let v3 = bitcast<f32>(M[i0 * 64 + i1 + 16864]);
  M[i0 * 256 + i1 + 69504] = bitcast<u32>(v0);
  M[i0 * 256 + i1 + 69568] = bitcast<u32>(v1);
  M[i0 * 256 + i1 + 69632] = bitcast<u32>(v2);
  M[i0 * 256 + i1 + 69696] = bitcast<u32>(v3);
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

// fused elementwise kernel (2 kernels)  [u.B, 64]
//   %21 = scan: init carry 'h'
//   %21 = scan: init carry 'c'
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 64) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[i0]);
  let v1 = bitcast<f32>(W[i0 + u.B * 64]);
  W[u.B * u.T * 322 + i0 + u.B * 128] = bitcast<u32>(v0);
  W[u.B * u.T * 322 + i0 + u.B * 192] = bitcast<u32>(v1);
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

// scan %21 body: %12 = matmul %0, %7  [u.B, 64] x [64, 256], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 64;
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
  let quad0 = min(c0 + 0, 252);
  let quad1 = min(c0 + 4, 252);
  let quad2 = min(c0 + 8, 252);
  let quad3 = min(c0 + 12, 252);
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
    let q0 = bitcast<vec4f>(M[(kk * 256 + quad0 + 69504) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 256 + quad1 + 69504) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 256 + quad2 + 69504) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 256 + quad3 + 69504) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 322 + kk + row0 * 64 + u.B * 128]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 322 + kk + row1 * 64 + u.B * 128]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 322 + kk + row2 * 64 + u.B * 128]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 322 + kk + row3 * 64 + u.B * 128]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 322 + kk + row4 * 64 + u.B * 128]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 322 + kk + row5 * 64 + u.B * 128]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 322 + kk + row6 * 64 + u.B * 128]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 322 + kk + row7 * 64 + u.B * 128]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 322 + kk + row8 * 64 + u.B * 128]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 322 + kk + row9 * 64 + u.B * 128]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 322 + kk + row10 * 64 + u.B * 128]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 322 + kk + row11 * 64 + u.B * 128]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 322 + kk + row12 * 64 + u.B * 128]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 322 + kk + row13 * 64 + u.B * 128]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 322 + kk + row14 * 64 + u.B * 128]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 322 + kk + row15 * 64 + u.B * 128]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 322 + (quad0 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 322 + (quad0 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 322 + (quad0 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 322 + (quad0 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 322 + (quad1 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 322 + (quad1 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 322 + (quad1 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 322 + (quad1 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 322 + (quad2 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 322 + (quad2 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 322 + (quad2 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 322 + (quad2 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 322 + (quad3 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 322 + (quad3 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 322 + (quad3 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 322 + (quad3 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_15); }
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

// fused elementwise kernel (20 kernels)  [u.B, 64]
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
  if (gid >= u.B * 64) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T + u.B * 128 + u.l0]);
  let v1 = v0 == 0.0f;
  let v2 = bitcast<f32>(W[u.B * u.T * 322 + i0 * 64 + i1 + u.B * 192]);
  let v3 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 66 + i1 + u.B * 128 + u.l0 * 256 + 64]);
  let v4 = bitcast<f32>(W[u.B * u.T * 322 + i0 * 256 + i1 + u.B * 256 + 64]);
  let v5 = v3 + v4;
  let v6 = bitcast<f32>(M[i1 + 21024]);
  let v7 = v5 + v6;
  let v8 = (1.0f / (1.0f + exp(-(v7))));
  let v9 = v8 * v2;
  let v10 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 66 + i1 + u.B * 128 + u.l0 * 256]);
  let v11 = bitcast<f32>(W[u.B * u.T * 322 + i0 * 256 + i1 + u.B * 256]);
  let v12 = v10 + v11;
  let v13 = bitcast<f32>(M[i1 + 20960]);
  let v14 = v12 + v13;
  let v15 = (1.0f / (1.0f + exp(-(v14))));
  let v16 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 66 + i1 + u.B * 128 + u.l0 * 256 + 128]);
  let v17 = bitcast<f32>(W[u.B * u.T * 322 + i0 * 256 + i1 + u.B * 256 + 128]);
  let v18 = v16 + v17;
  let v19 = bitcast<f32>(M[i1 + 21088]);
  let v20 = v18 + v19;
  let v21 = tanh(clamp(v20, -15.0f, 15.0f));
  let v22 = v15 * v21;
  let v23 = v9 + v22;
  let v24 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 66 + i1 + u.B * 128 + u.l0 * 256 + 192]);
  let v25 = bitcast<f32>(W[u.B * u.T * 322 + i0 * 256 + i1 + u.B * 256 + 192]);
  let v26 = v24 + v25;
  let v27 = bitcast<f32>(M[i1 + 21152]);
  let v28 = v26 + v27;
  let v29 = (1.0f / (1.0f + exp(-(v28))));
  let v30 = tanh(clamp(v23, -15.0f, 15.0f));
  let v31 = v29 * v30;
  let v32 = select(v31, 0.0f, v1);
  let v33 = bitcast<f32>(W[u.B * u.T * 322 + i0 * 64 + i1 + u.B * 128]);
  let v34 = select(v31, v33, v1);
  let v35 = select(v23, v2, v1);
  W[i0 * u.T * 64 + u.B * u.T * 2 + i1 + u.B * 128 + u.l0 * 64] = bitcast<u32>(v32);
  W[u.B * u.T * 322 + i0 * 64 + i1 + u.B * 128] = bitcast<u32>(v34);
  W[u.B * u.T * 322 + i0 * 64 + i1 + u.B * 192] = bitcast<u32>(v35);
}

// ======== kernel run_7_matmul ========
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

// %25 = matmul %23, %24  [u.B * u.T, 64] x [64, 30], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 64;
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
  let col0 = min(c0 + 0, 29);
  let col1 = min(c0 + 1, 29);
  let col2 = min(c0 + 2, 29);
  let col3 = min(c0 + 3, 29);
  let col4 = min(c0 + 4, 29);
  let col5 = min(c0 + 5, 29);
  let col6 = min(c0 + 6, 29);
  let col7 = min(c0 + 7, 29);
  let col8 = min(c0 + 8, 29);
  let col9 = min(c0 + 9, 29);
  let col10 = min(c0 + 10, 29);
  let col11 = min(c0 + 11, 29);
  let col12 = min(c0 + 12, 29);
  let col13 = min(c0 + 13, 29);
  let col14 = min(c0 + 14, 29);
  let col15 = min(c0 + 15, 29);
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
    let w0 = bitcast<f32>(M[col0 + kk * 30 + 21216]);
    let w1 = bitcast<f32>(M[col1 + kk * 30 + 21216]);
    let w2 = bitcast<f32>(M[col2 + kk * 30 + 21216]);
    let w3 = bitcast<f32>(M[col3 + kk * 30 + 21216]);
    let w4 = bitcast<f32>(M[col4 + kk * 30 + 21216]);
    let w5 = bitcast<f32>(M[col5 + kk * 30 + 21216]);
    let w6 = bitcast<f32>(M[col6 + kk * 30 + 21216]);
    let w7 = bitcast<f32>(M[col7 + kk * 30 + 21216]);
    let w8 = bitcast<f32>(M[col8 + kk * 30 + 21216]);
    let w9 = bitcast<f32>(M[col9 + kk * 30 + 21216]);
    let w10 = bitcast<f32>(M[col10 + kk * 30 + 21216]);
    let w11 = bitcast<f32>(M[col11 + kk * 30 + 21216]);
    let w12 = bitcast<f32>(M[col12 + kk * 30 + 21216]);
    let w13 = bitcast<f32>(M[col13 + kk * 30 + 21216]);
    let w14 = bitcast<f32>(M[col14 + kk * 30 + 21216]);
    let w15 = bitcast<f32>(M[col15 + kk * 30 + 21216]);
    let x0 = bitcast<f32>(W[u.B * u.T * 2 + kk + row0 * 64 + u.B * 128]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 2 + kk + row1 * 64 + u.B * 128]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 2 + kk + row2 * 64 + u.B * 128]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 2 + kk + row3 * 64 + u.B * 128]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 2 + kk + row4 * 64 + u.B * 128]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 2 + kk + row5 * 64 + u.B * 128]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 2 + kk + row6 * 64 + u.B * 128]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 2 + kk + row7 * 64 + u.B * 128]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 2 + kk + row8 * 64 + u.B * 128]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 2 + kk + row9 * 64 + u.B * 128]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 2 + kk + row10 * 64 + u.B * 128]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 2 + kk + row11 * 64 + u.B * 128]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 2 + kk + row12 * 64 + u.B * 128]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 2 + kk + row13 * 64 + u.B * 128]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 2 + kk + row14 * 64 + u.B * 128]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 2 + kk + row15 * 64 + u.B * 128]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 66 + col0 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 66 + col1 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 66 + col2 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 66 + col3 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 66 + col4 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 66 + col5 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 66 + col6 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 66 + col7 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 66 + col8 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 66 + col9 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 66 + col10 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 66 + col11 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 66 + col12 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 66 + col13 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 66 + col14 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 66 + col15 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_8_map ========
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

// %27 = add %25, %26  [u.B, u.T, 30]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 30) { return; }
  var r_ = gid;
  let i1 = r_ % (30);
  r_ = r_ / (30);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 66 + i0 * 30 + i1 + u.B * 128]);
  let v1 = bitcast<f32>(M[i1 + 23136]);
  let v2 = v0 + v1;
  W[u.B * u.T * 322 + i0 * 30 + i1 + u.B * 512] = bitcast<u32>(v2);
}

// ======== kernel run_9_fused ========
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

// fused elementwise kernel (2 kernels)  [u.B, 64]
//   state 'lstm.h' = %21
//   state 'lstm.c' = %22
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 64) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 322 + i0 + u.B * 128]);
  let v1 = bitcast<f32>(W[u.B * u.T * 322 + i0 + u.B * 192]);
  W[i0] = bitcast<u32>(v0);
  W[i0 + u.B * 64] = bitcast<u32>(v1);
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

// %4 = gather %3, %0  gather x 16, vocabulary 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 16) { return; }
  let d = gid % 16;
  var r_ = gid / 16;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let id = bitcast<i32>(W[i0 * u.T + i1 + u.B * 128]);
  var x = 0.0f;
  if (id >= 0 && id < 30) { x = bitcast<f32>(M[d + id * 16]); }
  W[i0 * u.T * 16 + u.B * u.T * 3 + d + i1 * 16 + u.B * 128] = bitcast<u32>(x);
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

// fused elementwise kernel (4 kernels)  [64, 64]
//   %21 = concat %9, %10, %11, %12 axis=1 (piece 1/4)
//   %21 = concat %9, %10, %11, %12 axis=1 (piece 2/4)
//   %21 = concat %9, %10, %11, %12 axis=1 (piece 3/4)
//   %21 = concat %9, %10, %11, %12 axis=1 (piece 4/4)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 4096) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 64 + i1 + 4576]);
  let v1 = bitcast<f32>(M[i0 * 64 + i1 + 8672]);
  let v2 = bitcast<f32>(M[i0 * 64 + i1 + 12768]);
  let v3 = bitcast<f32>(M[i0 * 64 + i1 + 16864]);
  M[i0 * 256 + i1 + 73600] = bitcast<u32>(v0);
  M[i0 * 256 + i1 + 73664] = bitcast<u32>(v1);
  M[i0 * 256 + i1 + 73728] = bitcast<u32>(v2);
  M[i0 * 256 + i1 + 73792] = bitcast<u32>(v3);
}

// ======== kernel runEval_2_fused ========
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

// fused elementwise kernel (2 kernels)  [u.B, 64]
//   %22 = scan: init carry 'h'
//   %22 = scan: init carry 'c'
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 64) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[i0]);
  let v1 = bitcast<f32>(W[i0 + u.B * 64]);
  W[u.B * u.T * 323 + i0 + u.B * 128] = bitcast<u32>(v0);
  W[u.B * u.T * 323 + i0 + u.B * 192] = bitcast<u32>(v1);
}

// ======== kernel runEval_3_one_hot ========
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

// %35 = one_hot %1 depth=30  one_hot x 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 30) { return; }
  let d = gid % 30;
  var r_ = gid / 30;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let id = bitcast<i32>(W[i0 * u.T + u.B * u.T + i1 + u.B * 128]);
  W[i0 * u.T * 30 + u.B * u.T * 353 + d + i1 * 30 + u.B * 512] = bitcast<u32>(select(0.0f, 1.0f, d == id));
}

// ======== kernel runEval_4_reduce ========
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

// %42 = reduce_sum %2 axis=0  reduce_sum over u.B
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.T) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < u.B; i1++) {
    let v0 = bitcast<f32>(W[i1 * u.T + u.B * u.T * 2 + i0 + u.B * 128]);
    acc = acc + v0;
  }
  W[u.B * u.T * 383 + i0 + u.B * 512] = bitcast<u32>(acc);
}

// ======== kernel runEval_5_reduce ========
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

// %43 = reduce_sum %42 axis=0  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  var acc = 0.0f;
  for (var i0 = 0; i0 < u.T; i0++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 383 + i0 + u.B * 512]);
    acc = acc + v0;
  }
  M[89984] = bitcast<u32>(acc);
}

// ======== kernel runEval_6_fused ========
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

// fused elementwise kernel (5 kernels)  [16, 64]
//   %19 = concat %5, %6, %7, %8 axis=1 (piece 1/4)
//   %19 = concat %5, %6, %7, %8 axis=1 (piece 2/4)
//   %19 = concat %5, %6, %7, %8 axis=1 (piece 3/4)
//   %19 = concat %5, %6, %7, %8 axis=1 (piece 4/4)
//   %45 = max %43, %44
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 64 + i1 + 480]);
  let v1 = bitcast<f32>(M[i0 * 64 + i1 + 1504]);
  let v2 = bitcast<f32>(M[i0 * 64 + i1 + 2528]);
  let v3 = bitcast<f32>(M[i0 * 64 + i1 + 3552]);
  let v4 = bitcast<f32>(M[89984]);
  let v5 = max(v4, 1.0f);
  M[i0 * 256 + i1 + 69504] = bitcast<u32>(v0);
  M[i0 * 256 + i1 + 69568] = bitcast<u32>(v1);
  M[i0 * 256 + i1 + 69632] = bitcast<u32>(v2);
  M[i0 * 256 + i1 + 69696] = bitcast<u32>(v3);
  M[89988] = bitcast<u32>(v5);
}

// ======== kernel runEval_7_matmul ========
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

// %20 = matmul %4, %19  [u.B * u.T, 16] x [16, 256], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 16;
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
  let quad0 = min(c0 + 0, 252);
  let quad1 = min(c0 + 4, 252);
  let quad2 = min(c0 + 8, 252);
  let quad3 = min(c0 + 12, 252);
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
    let q0 = bitcast<vec4f>(M[(kk * 256 + quad0 + 69504) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 256 + quad1 + 69504) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 256 + quad2 + 69504) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 256 + quad3 + 69504) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 3 + kk + row0 * 16 + u.B * 128]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 3 + kk + row1 * 16 + u.B * 128]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 3 + kk + row2 * 16 + u.B * 128]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 3 + kk + row3 * 16 + u.B * 128]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 3 + kk + row4 * 16 + u.B * 128]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 3 + kk + row5 * 16 + u.B * 128]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 3 + kk + row6 * 16 + u.B * 128]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 3 + kk + row7 * 16 + u.B * 128]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 3 + kk + row8 * 16 + u.B * 128]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 3 + kk + row9 * 16 + u.B * 128]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 3 + kk + row10 * 16 + u.B * 128]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 3 + kk + row11 * 16 + u.B * 128]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 3 + kk + row12 * 16 + u.B * 128]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 3 + kk + row13 * 16 + u.B * 128]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 3 + kk + row14 * 16 + u.B * 128]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 3 + kk + row15 * 16 + u.B * 128]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 67 + (quad0 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 67 + (quad0 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 67 + (quad0 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 67 + (quad0 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 67 + (quad1 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 67 + (quad1 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 67 + (quad1 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 67 + (quad1 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 67 + (quad2 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 67 + (quad2 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 67 + (quad2 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 67 + (quad2 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 67 + (quad3 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 67 + (quad3 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 67 + (quad3 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 67 + (quad3 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runEval_8_matmul ========
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

// scan %22 body: %12 = matmul %0, %7  [u.B, 64] x [64, 256], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 64;
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
  let quad0 = min(c0 + 0, 252);
  let quad1 = min(c0 + 4, 252);
  let quad2 = min(c0 + 8, 252);
  let quad3 = min(c0 + 12, 252);
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
    let q0 = bitcast<vec4f>(M[(kk * 256 + quad0 + 73600) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 256 + quad1 + 73600) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 256 + quad2 + 73600) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 256 + quad3 + 73600) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 323 + kk + row0 * 64 + u.B * 128]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 323 + kk + row1 * 64 + u.B * 128]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 323 + kk + row2 * 64 + u.B * 128]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 323 + kk + row3 * 64 + u.B * 128]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 323 + kk + row4 * 64 + u.B * 128]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 323 + kk + row5 * 64 + u.B * 128]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 323 + kk + row6 * 64 + u.B * 128]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 323 + kk + row7 * 64 + u.B * 128]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 323 + kk + row8 * 64 + u.B * 128]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 323 + kk + row9 * 64 + u.B * 128]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 323 + kk + row10 * 64 + u.B * 128]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 323 + kk + row11 * 64 + u.B * 128]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 323 + kk + row12 * 64 + u.B * 128]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 323 + kk + row13 * 64 + u.B * 128]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 323 + kk + row14 * 64 + u.B * 128]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 323 + kk + row15 * 64 + u.B * 128]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 323 + (quad0 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 323 + (quad0 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 323 + (quad0 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 323 + (quad0 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 323 + (quad1 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 323 + (quad1 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 323 + (quad1 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 323 + (quad1 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 323 + (quad2 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 323 + (quad2 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 323 + (quad2 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 323 + (quad2 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 323 + (quad3 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 323 + (quad3 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 323 + (quad3 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 323 + (quad3 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runEval_9_fused ========
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

// fused elementwise kernel (20 kernels)  [u.B, 64]
//   scan %22 body: %17 = add %8, %13
//   scan %22 body: %18 = add %17, %3
//   scan %22 body: %19 = sigmoid %18
//   scan %22 body: %20 = add %9, %14
//   scan %22 body: %21 = add %20, %4
//   scan %22 body: %22 = sigmoid %21
//   scan %22 body: %23 = add %10, %15
//   scan %22 body: %24 = add %23, %5
//   scan %22 body: %25 = tanh %24
//   scan %22 body: %26 = mul %22, %1
//   scan %22 body: %27 = mul %19, %25
//   scan %22 body: %28 = add %26, %27
//   scan %22 body: %29 = add %11, %16
//   scan %22 body: %30 = add %29, %6
//   scan %22 body: %31 = sigmoid %30
//   scan %22 body: %32 = tanh %28
//   scan %22 body: %33 = mul %31, %32
//   %22 = scan: step output 'h' = %33 at t (masked: zero)
//   %22 = scan: carry 'h' = %33 (masked rows keep theirs)
//   %22 = scan: carry 'c' = %28 (masked rows keep theirs)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 64) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T * 2 + u.B * 128 + u.l0]);
  let v1 = v0 == 0.0f;
  let v2 = bitcast<f32>(W[u.B * u.T * 323 + i0 * 64 + i1 + u.B * 192]);
  let v3 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 67 + i1 + u.B * 128 + u.l0 * 256 + 64]);
  let v4 = bitcast<f32>(W[u.B * u.T * 323 + i0 * 256 + i1 + u.B * 256 + 64]);
  let v5 = v3 + v4;
  let v6 = bitcast<f32>(M[i1 + 21024]);
  let v7 = v5 + v6;
  let v8 = (1.0f / (1.0f + exp(-(v7))));
  let v9 = v8 * v2;
  let v10 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 67 + i1 + u.B * 128 + u.l0 * 256]);
  let v11 = bitcast<f32>(W[u.B * u.T * 323 + i0 * 256 + i1 + u.B * 256]);
  let v12 = v10 + v11;
  let v13 = bitcast<f32>(M[i1 + 20960]);
  let v14 = v12 + v13;
  let v15 = (1.0f / (1.0f + exp(-(v14))));
  let v16 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 67 + i1 + u.B * 128 + u.l0 * 256 + 128]);
  let v17 = bitcast<f32>(W[u.B * u.T * 323 + i0 * 256 + i1 + u.B * 256 + 128]);
  let v18 = v16 + v17;
  let v19 = bitcast<f32>(M[i1 + 21088]);
  let v20 = v18 + v19;
  let v21 = tanh(clamp(v20, -15.0f, 15.0f));
  let v22 = v15 * v21;
  let v23 = v9 + v22;
  let v24 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 67 + i1 + u.B * 128 + u.l0 * 256 + 192]);
  let v25 = bitcast<f32>(W[u.B * u.T * 323 + i0 * 256 + i1 + u.B * 256 + 192]);
  let v26 = v24 + v25;
  let v27 = bitcast<f32>(M[i1 + 21152]);
  let v28 = v26 + v27;
  let v29 = (1.0f / (1.0f + exp(-(v28))));
  let v30 = tanh(clamp(v23, -15.0f, 15.0f));
  let v31 = v29 * v30;
  let v32 = select(v31, 0.0f, v1);
  let v33 = bitcast<f32>(W[u.B * u.T * 323 + i0 * 64 + i1 + u.B * 128]);
  let v34 = select(v31, v33, v1);
  let v35 = select(v23, v2, v1);
  W[i0 * u.T * 64 + u.B * u.T * 3 + i1 + u.B * 128 + u.l0 * 64] = bitcast<u32>(v32);
  W[u.B * u.T * 323 + i0 * 64 + i1 + u.B * 128] = bitcast<u32>(v34);
  W[u.B * u.T * 323 + i0 * 64 + i1 + u.B * 192] = bitcast<u32>(v35);
}

// ======== kernel runEval_10_matmul ========
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

// %26 = matmul %24, %25  [u.B * u.T, 64] x [64, 30], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 64;
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
  let col0 = min(c0 + 0, 29);
  let col1 = min(c0 + 1, 29);
  let col2 = min(c0 + 2, 29);
  let col3 = min(c0 + 3, 29);
  let col4 = min(c0 + 4, 29);
  let col5 = min(c0 + 5, 29);
  let col6 = min(c0 + 6, 29);
  let col7 = min(c0 + 7, 29);
  let col8 = min(c0 + 8, 29);
  let col9 = min(c0 + 9, 29);
  let col10 = min(c0 + 10, 29);
  let col11 = min(c0 + 11, 29);
  let col12 = min(c0 + 12, 29);
  let col13 = min(c0 + 13, 29);
  let col14 = min(c0 + 14, 29);
  let col15 = min(c0 + 15, 29);
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
    let w0 = bitcast<f32>(M[col0 + kk * 30 + 21216]);
    let w1 = bitcast<f32>(M[col1 + kk * 30 + 21216]);
    let w2 = bitcast<f32>(M[col2 + kk * 30 + 21216]);
    let w3 = bitcast<f32>(M[col3 + kk * 30 + 21216]);
    let w4 = bitcast<f32>(M[col4 + kk * 30 + 21216]);
    let w5 = bitcast<f32>(M[col5 + kk * 30 + 21216]);
    let w6 = bitcast<f32>(M[col6 + kk * 30 + 21216]);
    let w7 = bitcast<f32>(M[col7 + kk * 30 + 21216]);
    let w8 = bitcast<f32>(M[col8 + kk * 30 + 21216]);
    let w9 = bitcast<f32>(M[col9 + kk * 30 + 21216]);
    let w10 = bitcast<f32>(M[col10 + kk * 30 + 21216]);
    let w11 = bitcast<f32>(M[col11 + kk * 30 + 21216]);
    let w12 = bitcast<f32>(M[col12 + kk * 30 + 21216]);
    let w13 = bitcast<f32>(M[col13 + kk * 30 + 21216]);
    let w14 = bitcast<f32>(M[col14 + kk * 30 + 21216]);
    let w15 = bitcast<f32>(M[col15 + kk * 30 + 21216]);
    let x0 = bitcast<f32>(W[u.B * u.T * 3 + kk + row0 * 64 + u.B * 128]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 3 + kk + row1 * 64 + u.B * 128]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 3 + kk + row2 * 64 + u.B * 128]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 3 + kk + row3 * 64 + u.B * 128]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 3 + kk + row4 * 64 + u.B * 128]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 3 + kk + row5 * 64 + u.B * 128]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 3 + kk + row6 * 64 + u.B * 128]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 3 + kk + row7 * 64 + u.B * 128]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 3 + kk + row8 * 64 + u.B * 128]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 3 + kk + row9 * 64 + u.B * 128]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 3 + kk + row10 * 64 + u.B * 128]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 3 + kk + row11 * 64 + u.B * 128]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 3 + kk + row12 * 64 + u.B * 128]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 3 + kk + row13 * 64 + u.B * 128]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 3 + kk + row14 * 64 + u.B * 128]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 3 + kk + row15 * 64 + u.B * 128]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 67 + col0 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 67 + col1 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 67 + col2 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 67 + col3 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 67 + col4 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 67 + col5 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 67 + col6 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 67 + col7 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 67 + col8 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 67 + col9 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 67 + col10 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 67 + col11 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 67 + col12 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 67 + col13 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 67 + col14 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 67 + col15 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runEval_11_map ========
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

// %28 = add %26, %27  [u.B, u.T, 30]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 30) { return; }
  var r_ = gid;
  let i1 = r_ % (30);
  r_ = r_ / (30);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 67 + i0 * 30 + i1 + u.B * 128]);
  let v1 = bitcast<f32>(M[i1 + 23136]);
  let v2 = v0 + v1;
  W[u.B * u.T * 323 + i0 * 30 + i1 + u.B * 512] = bitcast<u32>(v2);
}

// ======== kernel runEval_12_reduce ========
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

// %29 = reduce_max %28 axis=2  reduce_max over 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  var r_ = gid;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  var acc = bitcast<f32>(0xff800000u | u32(u.T ^ u.T));
  for (var i2 = 0; i2 < 30; i2++) {
    let v0 = bitcast<f32>(W[i0 * u.T * 30 + u.B * u.T * 323 + i1 * 30 + i2 + u.B * 512]);
    acc = max(acc, v0);
  }
  W[i0 * u.T + u.B * u.T * 3 + i1 + u.B * 128] = bitcast<u32>(acc);
}

// ======== kernel runEval_13_fused ========
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

// fused elementwise kernel (3 kernels)  [u.B, u.T, 30]
//   %31 = sub %28, %30
//   %32 = exp %31
//   %36 = mul %31, %35
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 30) { return; }
  var r_ = gid;
  let i1 = r_ % (30);
  r_ = r_ / (30);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 323 + i0 * 30 + i1 + u.B * 512]);
  let v1 = bitcast<f32>(W[u.B * u.T * 3 + i0 + u.B * 128]);
  let v2 = v0 - v1;
  let v3 = exp(v2);
  let v4 = bitcast<f32>(W[u.B * u.T * 353 + i0 * 30 + i1 + u.B * 512]);
  let v5 = v2 * v4;
  W[u.B * u.T * 353 + i0 * 30 + i1 + u.B * 512] = bitcast<u32>(v3);
  W[u.B * u.T * 67 + i0 * 30 + i1 + u.B * 128] = bitcast<u32>(v5);
}

// ======== kernel runEval_14_reduce ========
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

// %33 = reduce_sum %32 axis=2  reduce_sum over 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  var r_ = gid;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  var acc = 0.0f;
  for (var i2 = 0; i2 < 30; i2++) {
    let v0 = bitcast<f32>(W[i0 * u.T * 30 + u.B * u.T * 353 + i1 * 30 + i2 + u.B * 512]);
    acc = acc + v0;
  }
  W[i0 * u.T + u.B * u.T * 3 + i1 + u.B * 128] = bitcast<u32>(acc);
}

// ======== kernel runEval_15_map ========
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

// %34 = log %33  [u.B, u.T]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 3 + i0 + u.B * 128]);
  let v1 = log(v0);
  W[u.B * u.T * 3 + i0 + u.B * 128] = bitcast<u32>(v1);
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

// %37 = reduce_sum %36 axis=2  reduce_sum over 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  var r_ = gid;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  var acc = 0.0f;
  for (var i2 = 0; i2 < 30; i2++) {
    let v0 = bitcast<f32>(W[i0 * u.T * 30 + u.B * u.T * 67 + i1 * 30 + i2 + u.B * 128]);
    acc = acc + v0;
  }
  W[i0 * u.T + u.B * u.T * 353 + i1 + u.B * 512] = bitcast<u32>(acc);
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

// %38 = sub %34, %37  [u.B, u.T]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 3 + i0 + u.B * 128]);
  let v1 = bitcast<f32>(W[u.B * u.T * 353 + i0 + u.B * 512]);
  let v2 = v0 - v1;
  W[u.B * u.T * 3 + i0 + u.B * 128] = bitcast<u32>(v2);
}

// ======== kernel runEval_18_map ========
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

// %39 = mul %38, %2  [u.B, u.T]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 3 + i0 + u.B * 128]);
  let v1 = bitcast<f32>(W[u.B * u.T * 2 + i0 + u.B * 128]);
  let v2 = v0 * v1;
  W[u.B * u.T * 3 + i0 + u.B * 128] = bitcast<u32>(v2);
}

// ======== kernel runEval_19_reduce ========
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

// %40 = reduce_sum %39 axis=0  reduce_sum over u.B
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.T) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < u.B; i1++) {
    let v0 = bitcast<f32>(W[i1 * u.T + u.B * u.T * 3 + i0 + u.B * 128]);
    acc = acc + v0;
  }
  W[u.B * u.T * 383 + i0 + u.B * 512] = bitcast<u32>(acc);
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

// %41 = reduce_sum %40 axis=0  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  var acc = 0.0f;
  for (var i0 = 0; i0 < u.T; i0++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 383 + i0 + u.B * 512]);
    acc = acc + v0;
  }
  M[89984] = bitcast<u32>(acc);
}

// ======== kernel runEval_21_map ========
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

// %46 = div %41, %45  []
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let v0 = bitcast<f32>(M[89984]);
  let v1 = bitcast<f32>(M[89988]);
  let v2 = v0 / v1;
  M[89992] = bitcast<u32>(v2);
}

// ======== kernel runEval_22_fused ========
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

// fused elementwise kernel (2 kernels)  [u.B, 64]
//   state 'lstm.h' = %22
//   state 'lstm.c' = %23
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 64) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 323 + i0 + u.B * 128]);
  let v1 = bitcast<f32>(W[u.B * u.T * 323 + i0 + u.B * 192]);
  W[i0] = bitcast<u32>(v0);
  W[i0 + u.B * 64] = bitcast<u32>(v1);
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

// %4 = gather %3, %0  gather x 16, vocabulary 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 16) { return; }
  let d = gid % 16;
  var r_ = gid / 16;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let id = bitcast<i32>(W[i0 * u.T + i1 + u.B * 128]);
  var x = 0.0f;
  if (id >= 0 && id < 30) { x = bitcast<f32>(M[d + id * 16]); }
  W[i0 * u.T * 16 + u.B * u.T * 3 + d + i1 * 16 + u.B * 128] = bitcast<u32>(x);
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

// fused elementwise kernel (4 kernels)  [16, 64]
//   %19 = concat %5, %6, %7, %8 axis=1 (piece 1/4)
//   %19 = concat %5, %6, %7, %8 axis=1 (piece 2/4)
//   %19 = concat %5, %6, %7, %8 axis=1 (piece 3/4)
//   %19 = concat %5, %6, %7, %8 axis=1 (piece 4/4)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 64 + i1 + 480]);
  let v1 = bitcast<f32>(M[i0 * 64 + i1 + 1504]);
  let v2 = bitcast<f32>(M[i0 * 64 + i1 + 2528]);
  let v3 = bitcast<f32>(M[i0 * 64 + i1 + 3552]);
  M[i0 * 256 + i1 + 69504] = bitcast<u32>(v0);
  M[i0 * 256 + i1 + 69568] = bitcast<u32>(v1);
  M[i0 * 256 + i1 + 69632] = bitcast<u32>(v2);
  M[i0 * 256 + i1 + 69696] = bitcast<u32>(v3);
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

// %20 = matmul %4, %19  [u.B * u.T, 16] x [16, 256], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 16;
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
  let quad0 = min(c0 + 0, 252);
  let quad1 = min(c0 + 4, 252);
  let quad2 = min(c0 + 8, 252);
  let quad3 = min(c0 + 12, 252);
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
    let q0 = bitcast<vec4f>(M[(kk * 256 + quad0 + 69504) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 256 + quad1 + 69504) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 256 + quad2 + 69504) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 256 + quad3 + 69504) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 3 + kk + row0 * 16 + u.B * 128]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 3 + kk + row1 * 16 + u.B * 128]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 3 + kk + row2 * 16 + u.B * 128]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 3 + kk + row3 * 16 + u.B * 128]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 3 + kk + row4 * 16 + u.B * 128]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 3 + kk + row5 * 16 + u.B * 128]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 3 + kk + row6 * 16 + u.B * 128]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 3 + kk + row7 * 16 + u.B * 128]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 3 + kk + row8 * 16 + u.B * 128]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 3 + kk + row9 * 16 + u.B * 128]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 3 + kk + row10 * 16 + u.B * 128]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 3 + kk + row11 * 16 + u.B * 128]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 3 + kk + row12 * 16 + u.B * 128]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 3 + kk + row13 * 16 + u.B * 128]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 3 + kk + row14 * 16 + u.B * 128]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 3 + kk + row15 * 16 + u.B * 128]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row0 * 256 + u.B * 128] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row1 * 256 + u.B * 128] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row2 * 256 + u.B * 128] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row3 * 256 + u.B * 128] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row4 * 256 + u.B * 128] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row5 * 256 + u.B * 128] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row6 * 256 + u.B * 128] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row7 * 256 + u.B * 128] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row8 * 256 + u.B * 128] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row9 * 256 + u.B * 128] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row10 * 256 + u.B * 128] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row11 * 256 + u.B * 128] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row12 * 256 + u.B * 128] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row13 * 256 + u.B * 128] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row14 * 256 + u.B * 128] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 19 + (quad0 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 19 + (quad0 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 19 + (quad0 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 19 + (quad0 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 19 + (quad1 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 19 + (quad1 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 19 + (quad1 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 19 + (quad1 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 19 + (quad2 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 19 + (quad2 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 19 + (quad2 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 19 + (quad2 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 19 + (quad3 + 0) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 19 + (quad3 + 1) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 19 + (quad3 + 2) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 19 + (quad3 + 3) + row15 * 256 + u.B * 128] = bitcast<u32>(a15_15); }
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

// fused elementwise kernel (4 kernels)  [64, 64]
//   %21 = concat %9, %10, %11, %12 axis=1 (piece 1/4)
//   %21 = concat %9, %10, %11, %12 axis=1 (piece 2/4)
//   %21 = concat %9, %10, %11, %12 axis=1 (piece 3/4)
//   %21 = concat %9, %10, %11, %12 axis=1 (piece 4/4)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 4096) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 64 + i1 + 4576]);
  let v1 = bitcast<f32>(M[i0 * 64 + i1 + 8672]);
  let v2 = bitcast<f32>(M[i0 * 64 + i1 + 12768]);
  let v3 = bitcast<f32>(M[i0 * 64 + i1 + 16864]);
  M[i0 * 256 + i1 + 73600] = bitcast<u32>(v0);
  M[i0 * 256 + i1 + 73664] = bitcast<u32>(v1);
  M[i0 * 256 + i1 + 73728] = bitcast<u32>(v2);
  M[i0 * 256 + i1 + 73792] = bitcast<u32>(v3);
}

// ======== kernel runTrain_4_fused ========
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

// fused elementwise kernel (4 kernels)  [u.B, 64]
//   %22 = scan: init carry 'h'
//   %22 = scan: init carry 'c'
//   %90 = scan: init carry 'd.h'
//   %90 = scan: init carry 'd.c'
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 64) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[i0]);
  let v1 = bitcast<f32>(W[i0 + u.B * 64]);
  W[u.B * u.T * 275 + i0 + u.B * 128] = bitcast<u32>(v0);
  W[u.B * u.T * 275 + i0 + u.B * 192] = bitcast<u32>(v1);
  W[u.B * u.T * 1103 + i0 + u.B * 512 + u.T * 256] = bitcast<u32>(0.0f);
  W[u.B * u.T * 1103 + i0 + u.B * 576 + u.T * 256] = bitcast<u32>(0.0f);
}

// ======== kernel runTrain_5_matmul ========
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

// scan %22 body: %13 = matmul %0, %8  [u.B, 64] x [64, 256], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 64;
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
  let quad0 = min(c0 + 0, 252);
  let quad1 = min(c0 + 4, 252);
  let quad2 = min(c0 + 8, 252);
  let quad3 = min(c0 + 12, 252);
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
    let q0 = bitcast<vec4f>(M[(kk * 256 + quad0 + 73600) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 256 + quad1 + 73600) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 256 + quad2 + 73600) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 256 + quad3 + 73600) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 275 + kk + row0 * 64 + u.B * 128]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 275 + kk + row1 * 64 + u.B * 128]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 275 + kk + row2 * 64 + u.B * 128]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 275 + kk + row3 * 64 + u.B * 128]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 275 + kk + row4 * 64 + u.B * 128]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 275 + kk + row5 * 64 + u.B * 128]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 275 + kk + row6 * 64 + u.B * 128]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 275 + kk + row7 * 64 + u.B * 128]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 275 + kk + row8 * 64 + u.B * 128]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 275 + kk + row9 * 64 + u.B * 128]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 275 + kk + row10 * 64 + u.B * 128]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 275 + kk + row11 * 64 + u.B * 128]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 275 + kk + row12 * 64 + u.B * 128]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 275 + kk + row13 * 64 + u.B * 128]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 275 + kk + row14 * 64 + u.B * 128]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 275 + kk + row15 * 64 + u.B * 128]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row0 * 256 + u.B * 256] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row1 * 256 + u.B * 256] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row2 * 256 + u.B * 256] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row3 * 256 + u.B * 256] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row4 * 256 + u.B * 256] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row5 * 256 + u.B * 256] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row6 * 256 + u.B * 256] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row7 * 256 + u.B * 256] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row8 * 256 + u.B * 256] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row9 * 256 + u.B * 256] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row10 * 256 + u.B * 256] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row11 * 256 + u.B * 256] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row12 * 256 + u.B * 256] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row13 * 256 + u.B * 256] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row14 * 256 + u.B * 256] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 256) { W[u.B * u.T * 980 + (quad0 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 256) { W[u.B * u.T * 980 + (quad0 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 256) { W[u.B * u.T * 980 + (quad0 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 256) { W[u.B * u.T * 980 + (quad0 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 256) { W[u.B * u.T * 980 + (quad1 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 256) { W[u.B * u.T * 980 + (quad1 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 256) { W[u.B * u.T * 980 + (quad1 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 256) { W[u.B * u.T * 980 + (quad1 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 256) { W[u.B * u.T * 980 + (quad2 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 256) { W[u.B * u.T * 980 + (quad2 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 256) { W[u.B * u.T * 980 + (quad2 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 256) { W[u.B * u.T * 980 + (quad2 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 256) { W[u.B * u.T * 980 + (quad3 + 0) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 256) { W[u.B * u.T * 980 + (quad3 + 1) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 256) { W[u.B * u.T * 980 + (quad3 + 2) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 256) { W[u.B * u.T * 980 + (quad3 + 3) + row15 * 256 + u.B * 256] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_6_fused ========
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

// fused elementwise kernel (25 kernels)  [u.B, 64]
//   scan %22 body: %18 = add %9, %14
//   scan %22 body: %19 = add %18, %4
//   scan %22 body: %20 = sigmoid %19
//   scan %22 body: %21 = add %10, %15
//   scan %22 body: %22 = add %21, %5
//   scan %22 body: %23 = sigmoid %22
//   scan %22 body: %24 = add %11, %16
//   scan %22 body: %25 = add %24, %6
//   scan %22 body: %26 = tanh %25
//   scan %22 body: %27 = mul %23, %1
//   scan %22 body: %28 = mul %20, %26
//   scan %22 body: %29 = add %27, %28
//   scan %22 body: %30 = add %12, %17
//   scan %22 body: %31 = add %30, %7
//   scan %22 body: %32 = sigmoid %31
//   scan %22 body: %33 = tanh %29
//   scan %22 body: %34 = mul %32, %33
//   scan %22 body: %36 = select %35, %34, %0
//   scan %22 body: %37 = select %35, %29, %1
//   scan %22 body: %39 = select %35, %34, %38
//   %22 = scan: step output 'h.before' = %0 at t
//   %22 = scan: step output 'c.before' = %1 at t
//   %22 = scan: step output 'residual.0' = %35 at t
//   %22 = scan: carry 'h' = %36
//   %22 = scan: carry 'c' = %37
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 64) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 19 + i1 + u.B * 128 + u.l0 * 256]);
  let v1 = bitcast<f32>(W[u.B * u.T * 980 + i0 * 256 + i1 + u.B * 256]);
  let v2 = v0 + v1;
  let v3 = bitcast<f32>(M[i1 + 20960]);
  let v4 = v2 + v3;
  let v5 = (1.0f / (1.0f + exp(-(v4))));
  let v6 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 19 + i1 + u.B * 128 + u.l0 * 256 + 64]);
  let v7 = bitcast<f32>(W[u.B * u.T * 980 + i0 * 256 + i1 + u.B * 256 + 64]);
  let v8 = v6 + v7;
  let v9 = bitcast<f32>(M[i1 + 21024]);
  let v10 = v8 + v9;
  let v11 = (1.0f / (1.0f + exp(-(v10))));
  let v12 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 19 + i1 + u.B * 128 + u.l0 * 256 + 128]);
  let v13 = bitcast<f32>(W[u.B * u.T * 980 + i0 * 256 + i1 + u.B * 256 + 128]);
  let v14 = v12 + v13;
  let v15 = bitcast<f32>(M[i1 + 21088]);
  let v16 = v14 + v15;
  let v17 = tanh(clamp(v16, -15.0f, 15.0f));
  let v18 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 19 + i1 + u.B * 128 + u.l0 * 256 + 192]);
  let v19 = bitcast<f32>(W[u.B * u.T * 980 + i0 * 256 + i1 + u.B * 256 + 192]);
  let v20 = v18 + v19;
  let v21 = bitcast<f32>(M[i1 + 21152]);
  let v22 = v20 + v21;
  let v23 = (1.0f / (1.0f + exp(-(v22))));
  let v24 = bitcast<f32>(W[u.B * u.T * 275 + i0 * 64 + i1 + u.B * 192]);
  let v25 = v11 * v24;
  let v26 = v5 * v17;
  let v27 = v25 + v26;
  let v28 = tanh(clamp(v27, -15.0f, 15.0f));
  let v29 = bitcast<f32>(W[i0 * u.T + u.B * u.T * 2 + u.B * 128 + u.l0]);
  let v30 = v29 != 0.0f;
  let v31 = v23 * v28;
  let v32 = bitcast<f32>(W[u.B * u.T * 275 + i0 * 64 + i1 + u.B * 128]);
  let v33 = select(0.0f, v31, v30);
  let v34 = select(v32, v31, v30);
  let v35 = select(v24, v27, v30);
  W[i0 * u.T * 64 + u.B * u.T * 852 + i1 + u.B * 256 + u.l0 * 64] = bitcast<u32>(v5);
  W[i0 * u.T * 64 + u.B * u.T * 916 + i1 + u.B * 256 + u.l0 * 64] = bitcast<u32>(v11);
  W[i0 * u.T * 64 + u.B * u.T * 788 + i1 + u.B * 256 + u.l0 * 64] = bitcast<u32>(v17);
  W[i0 * u.T * 64 + u.B * u.T * 724 + i1 + u.B * 256 + u.l0 * 64] = bitcast<u32>(v23);
  W[i0 * u.T * 64 + u.B * u.T * 660 + i1 + u.B * 256 + u.l0 * 64] = bitcast<u32>(v28);
  W[i0 * u.T * 64 + u.B * u.T * 275 + i1 + u.B * 256 + u.l0 * 64] = bitcast<u32>(v33);
  W[i0 * u.T * 64 + u.B * u.T * 531 + i1 + u.B * 256 + u.l0 * 64] = bitcast<u32>(v32);
  W[i0 * u.T * 64 + u.B * u.T * 595 + i1 + u.B * 256 + u.l0 * 64] = bitcast<u32>(v24);
  W[i0 * u.T + u.B * u.T * 659 + u.B * 256 + u.l0] = bitcast<u32>(v29);
  W[u.B * u.T * 275 + i0 * 64 + i1 + u.B * 128] = bitcast<u32>(v34);
  W[u.B * u.T * 275 + i0 * 64 + i1 + u.B * 192] = bitcast<u32>(v35);
}

// ======== kernel runTrain_7_matmul ========
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

// %34 = matmul %24, %33  [u.B * u.T, 64] x [64, 30], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 64;
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
  let col0 = min(c0 + 0, 29);
  let col1 = min(c0 + 1, 29);
  let col2 = min(c0 + 2, 29);
  let col3 = min(c0 + 3, 29);
  let col4 = min(c0 + 4, 29);
  let col5 = min(c0 + 5, 29);
  let col6 = min(c0 + 6, 29);
  let col7 = min(c0 + 7, 29);
  let col8 = min(c0 + 8, 29);
  let col9 = min(c0 + 9, 29);
  let col10 = min(c0 + 10, 29);
  let col11 = min(c0 + 11, 29);
  let col12 = min(c0 + 12, 29);
  let col13 = min(c0 + 13, 29);
  let col14 = min(c0 + 14, 29);
  let col15 = min(c0 + 15, 29);
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
    let w0 = bitcast<f32>(M[col0 + kk * 30 + 21216]);
    let w1 = bitcast<f32>(M[col1 + kk * 30 + 21216]);
    let w2 = bitcast<f32>(M[col2 + kk * 30 + 21216]);
    let w3 = bitcast<f32>(M[col3 + kk * 30 + 21216]);
    let w4 = bitcast<f32>(M[col4 + kk * 30 + 21216]);
    let w5 = bitcast<f32>(M[col5 + kk * 30 + 21216]);
    let w6 = bitcast<f32>(M[col6 + kk * 30 + 21216]);
    let w7 = bitcast<f32>(M[col7 + kk * 30 + 21216]);
    let w8 = bitcast<f32>(M[col8 + kk * 30 + 21216]);
    let w9 = bitcast<f32>(M[col9 + kk * 30 + 21216]);
    let w10 = bitcast<f32>(M[col10 + kk * 30 + 21216]);
    let w11 = bitcast<f32>(M[col11 + kk * 30 + 21216]);
    let w12 = bitcast<f32>(M[col12 + kk * 30 + 21216]);
    let w13 = bitcast<f32>(M[col13 + kk * 30 + 21216]);
    let w14 = bitcast<f32>(M[col14 + kk * 30 + 21216]);
    let w15 = bitcast<f32>(M[col15 + kk * 30 + 21216]);
    let x0 = bitcast<f32>(W[u.B * u.T * 275 + kk + row0 * 64 + u.B * 256]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 275 + kk + row1 * 64 + u.B * 256]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 275 + kk + row2 * 64 + u.B * 256]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 275 + kk + row3 * 64 + u.B * 256]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 275 + kk + row4 * 64 + u.B * 256]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 275 + kk + row5 * 64 + u.B * 256]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 275 + kk + row6 * 64 + u.B * 256]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 275 + kk + row7 * 64 + u.B * 256]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 275 + kk + row8 * 64 + u.B * 256]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 275 + kk + row9 * 64 + u.B * 256]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 275 + kk + row10 * 64 + u.B * 256]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 275 + kk + row11 * 64 + u.B * 256]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 275 + kk + row12 * 64 + u.B * 256]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 275 + kk + row13 * 64 + u.B * 256]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 275 + kk + row14 * 64 + u.B * 256]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 275 + kk + row15 * 64 + u.B * 256]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row0 * 30 + u.B * 128] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row1 * 30 + u.B * 128] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row2 * 30 + u.B * 128] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row3 * 30 + u.B * 128] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row4 * 30 + u.B * 128] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row5 * 30 + u.B * 128] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row6 * 30 + u.B * 128] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row7 * 30 + u.B * 128] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row8 * 30 + u.B * 128] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row9 * 30 + u.B * 128] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row10 * 30 + u.B * 128] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row11 * 30 + u.B * 128] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row12 * 30 + u.B * 128] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row13 * 30 + u.B * 128] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row14 * 30 + u.B * 128] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 30) { W[u.B * u.T * 19 + col0 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 30) { W[u.B * u.T * 19 + col1 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 30) { W[u.B * u.T * 19 + col2 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 30) { W[u.B * u.T * 19 + col3 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 30) { W[u.B * u.T * 19 + col4 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 30) { W[u.B * u.T * 19 + col5 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 30) { W[u.B * u.T * 19 + col6 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 30) { W[u.B * u.T * 19 + col7 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 30) { W[u.B * u.T * 19 + col8 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 30) { W[u.B * u.T * 19 + col9 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 30) { W[u.B * u.T * 19 + col10 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 30) { W[u.B * u.T * 19 + col11 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 30) { W[u.B * u.T * 19 + col12 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 30) { W[u.B * u.T * 19 + col13 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 30) { W[u.B * u.T * 19 + col14 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 30) { W[u.B * u.T * 19 + col15 + row15 * 30 + u.B * 128] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_8_map ========
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

// %36 = add %34, %35  [u.B, u.T, 30]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 30) { return; }
  var r_ = gid;
  let i1 = r_ % (30);
  r_ = r_ / (30);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 19 + i0 * 30 + i1 + u.B * 128]);
  let v1 = bitcast<f32>(M[i1 + 23136]);
  let v2 = v0 + v1;
  W[u.B * u.T * 980 + i0 * 30 + i1 + u.B * 512] = bitcast<u32>(v2);
}

// ======== kernel runTrain_9_reduce ========
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

// %37 = reduce_max %36 axis=2  reduce_max over 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  var r_ = gid;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  var acc = bitcast<f32>(0xff800000u | u32(u.T ^ u.T));
  for (var i2 = 0; i2 < 30; i2++) {
    let v0 = bitcast<f32>(W[i0 * u.T * 30 + u.B * u.T * 980 + i1 * 30 + i2 + u.B * 512]);
    acc = max(acc, v0);
  }
  W[i0 * u.T + u.B * u.T * 19 + i1 + u.B * 128] = bitcast<u32>(acc);
}

// ======== kernel runTrain_10_one_hot ========
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

// %43 = one_hot %1 depth=30  one_hot x 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 30) { return; }
  let d = gid % 30;
  var r_ = gid / 30;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let id = bitcast<i32>(W[i0 * u.T + u.B * u.T + i1 + u.B * 128]);
  W[i0 * u.T * 30 + u.B * u.T * 1042 + d + i1 * 30 + u.B * 512] = bitcast<u32>(select(0.0f, 1.0f, d == id));
}

// ======== kernel runTrain_11_reduce ========
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

// %50 = reduce_sum %2 axis=0  reduce_sum over u.B
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.T) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < u.B; i1++) {
    let v0 = bitcast<f32>(W[i1 * u.T + u.B * u.T * 2 + i0 + u.B * 128]);
    acc = acc + v0;
  }
  W[u.B * u.T * 1103 + i0 + u.B * 512] = bitcast<u32>(acc);
}

// ======== kernel runTrain_12_reduce ========
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

// %51 = reduce_sum %50 axis=0  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  var acc = 0.0f;
  for (var i0 = 0; i0 < u.T; i0++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 1103 + i0 + u.B * 512]);
    acc = acc + v0;
  }
  M[89984] = bitcast<u32>(acc);
}

// ======== kernel runTrain_13_fused ========
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

// fused elementwise kernel (4 kernels)  [u.B, u.T, 30]
//   %39 = sub %36, %38
//   %40 = exp %39
//   %44 = mul %39, %43
//   %53 = max %51, %52
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 30) { return; }
  var r_ = gid;
  let i1 = r_ % (30);
  r_ = r_ / (30);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 980 + i0 * 30 + i1 + u.B * 512]);
  let v1 = bitcast<f32>(W[u.B * u.T * 19 + i0 + u.B * 128]);
  let v2 = v0 - v1;
  let v3 = exp(v2);
  let v4 = bitcast<f32>(W[u.B * u.T * 1042 + i0 * 30 + i1 + u.B * 512]);
  let v5 = v2 * v4;
  let v6 = bitcast<f32>(M[89984]);
  let v7 = max(v6, 1.0f);
  W[u.B * u.T * 1010 + i0 * 30 + i1 + u.B * 512] = bitcast<u32>(v3);
  W[u.B * u.T * 1072 + i0 * 30 + i1 + u.B * 512] = bitcast<u32>(v5);
  M[106368] = bitcast<u32>(v7);
}

// ======== kernel runTrain_14_reduce ========
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

// %41 = reduce_sum %40 axis=2  reduce_sum over 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  var r_ = gid;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  var acc = 0.0f;
  for (var i2 = 0; i2 < 30; i2++) {
    let v0 = bitcast<f32>(W[i0 * u.T * 30 + u.B * u.T * 1010 + i1 * 30 + i2 + u.B * 512]);
    acc = acc + v0;
  }
  W[i0 * u.T + u.B * u.T * 1040 + i1 + u.B * 512] = bitcast<u32>(acc);
}

// ======== kernel runTrain_15_map ========
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

// %42 = log %41  [u.B, u.T]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 1040 + i0 + u.B * 512]);
  let v1 = log(v0);
  W[u.B * u.T * 1041 + i0 + u.B * 512] = bitcast<u32>(v1);
}

// ======== kernel runTrain_16_reduce ========
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

// %45 = reduce_sum %44 axis=2  reduce_sum over 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  var r_ = gid;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  var acc = 0.0f;
  for (var i2 = 0; i2 < 30; i2++) {
    let v0 = bitcast<f32>(W[i0 * u.T * 30 + u.B * u.T * 1072 + i1 * 30 + i2 + u.B * 512]);
    acc = acc + v0;
  }
  W[i0 * u.T + u.B * u.T * 1102 + i1 + u.B * 512] = bitcast<u32>(acc);
}

// ======== kernel runTrain_17_map ========
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

// %46 = sub %42, %45  [u.B, u.T]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 1041 + i0 + u.B * 512]);
  let v1 = bitcast<f32>(W[u.B * u.T * 1102 + i0 + u.B * 512]);
  let v2 = v0 - v1;
  W[u.B * u.T * 1041 + i0 + u.B * 512] = bitcast<u32>(v2);
}

// ======== kernel runTrain_18_map ========
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

// %47 = mul %46, %2  [u.B, u.T]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 1041 + i0 + u.B * 512]);
  let v1 = bitcast<f32>(W[u.B * u.T * 2 + i0 + u.B * 128]);
  let v2 = v0 * v1;
  W[u.B * u.T * 1041 + i0 + u.B * 512] = bitcast<u32>(v2);
}

// ======== kernel runTrain_19_reduce ========
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

// %48 = reduce_sum %47 axis=0  reduce_sum over u.B
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.T) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < u.B; i1++) {
    let v0 = bitcast<f32>(W[i1 * u.T + u.B * u.T * 1041 + i0 + u.B * 512]);
    acc = acc + v0;
  }
  W[u.B * u.T * 1103 + i0 + u.B * 512] = bitcast<u32>(acc);
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

// %49 = reduce_sum %48 axis=0  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  var acc = 0.0f;
  for (var i0 = 0; i0 < u.T; i0++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 1103 + i0 + u.B * 512]);
    acc = acc + v0;
  }
  M[89984] = bitcast<u32>(acc);
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

// fused elementwise kernel (2 kernels)  []
//   %54 = div %49, %53
//   %55 = div %52, %53
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let v0 = bitcast<f32>(M[106368]);
  let v1 = bitcast<f32>(M[89984]);
  let v2 = v1 / v0;
  let v3 = 1.0f / v0;
  M[106372] = bitcast<u32>(v2);
  M[89984] = bitcast<u32>(v3);
}

// ======== kernel runTrain_22_map ========
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

// %59 = add %56, %58  [u.T]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.T) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[89984]);
  W[u.B * u.T * 1103 + i0 + u.B * 512] = bitcast<u32>(v0);
}

// ======== kernel runTrain_23_map ========
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

// %61 = add %57, %60  [u.B, u.T]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  var r_ = gid;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 1103 + i1 + u.B * 512]);
  W[i0 * u.T + u.B * u.T * 1041 + i1 + u.B * 512] = bitcast<u32>(v0);
}

// ======== kernel runTrain_24_map ========
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

// %62 = mul %61, %2  [u.B, u.T]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 1041 + i0 + u.B * 512]);
  let v1 = bitcast<f32>(W[u.B * u.T * 2 + i0 + u.B * 128]);
  let v2 = v0 * v1;
  W[u.B * u.T * 1041 + i0 + u.B * 512] = bitcast<u32>(v2);
}

// ======== kernel runTrain_25_map ========
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

// %68 = div %62, %41  [u.B, u.T]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 1041 + i0 + u.B * 512]);
  let v1 = bitcast<f32>(W[u.B * u.T * 1040 + i0 + u.B * 512]);
  let v2 = v0 / v1;
  W[u.B * u.T * 1040 + i0 + u.B * 512] = bitcast<u32>(v2);
}

// ======== kernel runTrain_26_fused ========
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

// fused elementwise kernel (7 kernels)  [u.B, u.T, 30]
//   %63 = neg %62
//   %66 = add %65, %64
//   %67 = mul %66, %43
//   %70 = add %65, %69
//   %71 = mul %70, %40
//   %72 = add %67, %71
//   %73 = neg %72
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 30) { return; }
  var r_ = gid;
  let i1 = r_ % (30);
  r_ = r_ / (30);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 1041 + i0 + u.B * 512]);
  let v1 = (-(v0));
  let v2 = bitcast<f32>(W[u.B * u.T * 1042 + i0 * 30 + i1 + u.B * 512]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(W[u.B * u.T * 1040 + i0 + u.B * 512]);
  let v5 = bitcast<f32>(W[u.B * u.T * 1010 + i0 * 30 + i1 + u.B * 512]);
  let v6 = v4 * v5;
  let v7 = v3 + v6;
  let v8 = (-(v7));
  W[u.B * u.T * 1072 + i0 * 30 + i1 + u.B * 512] = bitcast<u32>(v7);
  W[u.B * u.T * 1042 + i0 * 30 + i1 + u.B * 512] = bitcast<u32>(v8);
}

// ======== kernel runTrain_27_reduce ========
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

// %74 = reduce_sum %73 axis=2  reduce_sum over 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T) { return; }
  var r_ = gid;
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  var acc = 0.0f;
  for (var i2 = 0; i2 < 30; i2++) {
    let v0 = bitcast<f32>(W[i0 * u.T * 30 + u.B * u.T * 1042 + i1 * 30 + i2 + u.B * 512]);
    acc = acc + v0;
  }
  W[i0 * u.T + u.B * u.T * 1040 + i1 + u.B * 512] = bitcast<u32>(acc);
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

// fused elementwise kernel (7 kernels)  [u.B, u.T, 30]
//   %78 = add %65, %77
//   %79 = add %65, %38
//   %80 = eq %36, %79
//   %81 = mul %78, %80
//   %82 = add %72, %81
//   %89 = seq_mask %88, %20 from_end (lengths copy)
//   %89 = seq_mask %88, %20 from_end
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * u.T * 30) { return; }
  var r_ = gid;
  let i2 = r_ % (30);
  r_ = r_ / (30);
  let i1 = r_ % (u.T);
  r_ = r_ / (u.T);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T * 30 + u.B * u.T * 1072 + i1 * 30 + i2 + u.B * 512]);
  let v1 = bitcast<f32>(W[i0 * u.T + u.B * u.T * 1040 + i1 + u.B * 512]);
  let v2 = bitcast<f32>(W[i0 * u.T * 30 + u.B * u.T * 980 + i1 * 30 + i2 + u.B * 512]);
  let v3 = bitcast<f32>(W[i0 * u.T + u.B * u.T * 19 + i1 + u.B * 128]);
  let v4 = v2 == v3;
  let v5 = select(0.0f, 1.0f, v4);
  let v6 = v1 * v5;
  let v7 = v0 + v6;
  let v8 = i32(-i1 + u.T - 1);
  let v9 = v8 < 32i;
  let v10 = select(0.0f, 1.0f, v9);
  W[i0 * u.T * 30 + u.B * u.T * 1042 + i1 * 30 + i2 + u.B * 512] = bitcast<u32>(v7);
  W[i0 * u.T + u.B * u.T * 1041 + i1 + u.B * 512] = bitcast<u32>(v10);
}

// ======== kernel runTrain_29_reduce ========
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

// %83 = reduce_sum %82 axis=0  reduce_sum over u.B
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.T * 30) { return; }
  var r_ = gid;
  let i1 = r_ % (30);
  r_ = r_ / (30);
  let i0 = r_;
  var acc = 0.0f;
  for (var i2 = 0; i2 < u.B; i2++) {
    let v0 = bitcast<f32>(W[i2 * u.T * 30 + u.B * u.T * 1042 + i0 * 30 + i1 + u.B * 512]);
    acc = acc + v0;
  }
  W[u.B * u.T * 1103 + i0 * 30 + i1 + u.B * 512] = bitcast<u32>(acc);
}

// ======== kernel runTrain_30_reduce ========
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

// %84 = reduce_sum %83 axis=0  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 30) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < u.T; i1++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 1103 + i0 + i1 * 30 + u.B * 512]);
    acc = acc + v0;
  }
  M[i0 + 106376] = bitcast<u32>(acc);
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

// %85 = matmul_nt %82, %33  [u.B * u.T, 30] x [30, 64], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 30;
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
  let col0 = min(c0 + 0, 63);
  let col1 = min(c0 + 1, 63);
  let col2 = min(c0 + 2, 63);
  let col3 = min(c0 + 3, 63);
  let col4 = min(c0 + 4, 63);
  let col5 = min(c0 + 5, 63);
  let col6 = min(c0 + 6, 63);
  let col7 = min(c0 + 7, 63);
  let col8 = min(c0 + 8, 63);
  let col9 = min(c0 + 9, 63);
  let col10 = min(c0 + 10, 63);
  let col11 = min(c0 + 11, 63);
  let col12 = min(c0 + 12, 63);
  let col13 = min(c0 + 13, 63);
  let col14 = min(c0 + 14, 63);
  let col15 = min(c0 + 15, 63);
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
    let w0 = bitcast<f32>(M[col0 * 30 + kk + 21216]);
    let w1 = bitcast<f32>(M[col1 * 30 + kk + 21216]);
    let w2 = bitcast<f32>(M[col2 * 30 + kk + 21216]);
    let w3 = bitcast<f32>(M[col3 * 30 + kk + 21216]);
    let w4 = bitcast<f32>(M[col4 * 30 + kk + 21216]);
    let w5 = bitcast<f32>(M[col5 * 30 + kk + 21216]);
    let w6 = bitcast<f32>(M[col6 * 30 + kk + 21216]);
    let w7 = bitcast<f32>(M[col7 * 30 + kk + 21216]);
    let w8 = bitcast<f32>(M[col8 * 30 + kk + 21216]);
    let w9 = bitcast<f32>(M[col9 * 30 + kk + 21216]);
    let w10 = bitcast<f32>(M[col10 * 30 + kk + 21216]);
    let w11 = bitcast<f32>(M[col11 * 30 + kk + 21216]);
    let w12 = bitcast<f32>(M[col12 * 30 + kk + 21216]);
    let w13 = bitcast<f32>(M[col13 * 30 + kk + 21216]);
    let w14 = bitcast<f32>(M[col14 * 30 + kk + 21216]);
    let w15 = bitcast<f32>(M[col15 * 30 + kk + 21216]);
    let x0 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row0 * 30 + u.B * 512]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row1 * 30 + u.B * 512]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row2 * 30 + u.B * 512]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row3 * 30 + u.B * 512]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row4 * 30 + u.B * 512]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row5 * 30 + u.B * 512]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row6 * 30 + u.B * 512]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row7 * 30 + u.B * 512]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row8 * 30 + u.B * 512]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row9 * 30 + u.B * 512]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row10 * 30 + u.B * 512]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row11 * 30 + u.B * 512]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row12 * 30 + u.B * 512]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row13 * 30 + u.B * 512]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row14 * 30 + u.B * 512]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 1042 + kk + row15 * 30 + u.B * 512]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row0 * 64 + u.B * 128] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row1 * 64 + u.B * 128] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row2 * 64 + u.B * 128] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row3 * 64 + u.B * 128] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row4 * 64 + u.B * 128] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row5 * 64 + u.B * 128] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row6 * 64 + u.B * 128] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row7 * 64 + u.B * 128] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row8 * 64 + u.B * 128] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row9 * 64 + u.B * 128] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row10 * 64 + u.B * 128] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row11 * 64 + u.B * 128] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row12 * 64 + u.B * 128] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row13 * 64 + u.B * 128] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row14 * 64 + u.B * 128] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 19 + col0 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 19 + col1 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 19 + col2 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 19 + col3 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 19 + col4 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 19 + col5 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 19 + col6 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 19 + col7 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 19 + col8 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 19 + col9 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 19 + col10 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 19 + col11 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 19 + col12 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 19 + col13 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 19 + col14 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 19 + col15 + row15 * 64 + u.B * 128] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_32_matmul ========
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

// %86 = matmul_tn %24, %82  [64, u.B * u.T] x [u.B * u.T, 30], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = 64;
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
  let col0 = min(c0 + 0, 29);
  let col1 = min(c0 + 1, 29);
  let col2 = min(c0 + 2, 29);
  let col3 = min(c0 + 3, 29);
  let col4 = min(c0 + 4, 29);
  let col5 = min(c0 + 5, 29);
  let col6 = min(c0 + 6, 29);
  let col7 = min(c0 + 7, 29);
  let col8 = min(c0 + 8, 29);
  let col9 = min(c0 + 9, 29);
  let col10 = min(c0 + 10, 29);
  let col11 = min(c0 + 11, 29);
  let col12 = min(c0 + 12, 29);
  let col13 = min(c0 + 13, 29);
  let col14 = min(c0 + 14, 29);
  let col15 = min(c0 + 15, 29);
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
    let w0 = bitcast<f32>(W[u.B * u.T * 1042 + col0 + kk * 30 + u.B * 512]);
    let w1 = bitcast<f32>(W[u.B * u.T * 1042 + col1 + kk * 30 + u.B * 512]);
    let w2 = bitcast<f32>(W[u.B * u.T * 1042 + col2 + kk * 30 + u.B * 512]);
    let w3 = bitcast<f32>(W[u.B * u.T * 1042 + col3 + kk * 30 + u.B * 512]);
    let w4 = bitcast<f32>(W[u.B * u.T * 1042 + col4 + kk * 30 + u.B * 512]);
    let w5 = bitcast<f32>(W[u.B * u.T * 1042 + col5 + kk * 30 + u.B * 512]);
    let w6 = bitcast<f32>(W[u.B * u.T * 1042 + col6 + kk * 30 + u.B * 512]);
    let w7 = bitcast<f32>(W[u.B * u.T * 1042 + col7 + kk * 30 + u.B * 512]);
    let w8 = bitcast<f32>(W[u.B * u.T * 1042 + col8 + kk * 30 + u.B * 512]);
    let w9 = bitcast<f32>(W[u.B * u.T * 1042 + col9 + kk * 30 + u.B * 512]);
    let w10 = bitcast<f32>(W[u.B * u.T * 1042 + col10 + kk * 30 + u.B * 512]);
    let w11 = bitcast<f32>(W[u.B * u.T * 1042 + col11 + kk * 30 + u.B * 512]);
    let w12 = bitcast<f32>(W[u.B * u.T * 1042 + col12 + kk * 30 + u.B * 512]);
    let w13 = bitcast<f32>(W[u.B * u.T * 1042 + col13 + kk * 30 + u.B * 512]);
    let w14 = bitcast<f32>(W[u.B * u.T * 1042 + col14 + kk * 30 + u.B * 512]);
    let w15 = bitcast<f32>(W[u.B * u.T * 1042 + col15 + kk * 30 + u.B * 512]);
    let x0 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row0 + u.B * 256]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row1 + u.B * 256]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row2 + u.B * 256]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row3 + u.B * 256]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row4 + u.B * 256]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row5 + u.B * 256]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row6 + u.B * 256]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row7 + u.B * 256]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row8 + u.B * 256]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row9 + u.B * 256]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row10 + u.B * 256]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row11 + u.B * 256]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row12 + u.B * 256]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row13 + u.B * 256]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row14 + u.B * 256]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 275 + kk * 64 + row15 + u.B * 256]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 30) { M[col0 + row0 * 30 + 106408] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 30) { M[col1 + row0 * 30 + 106408] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 30) { M[col2 + row0 * 30 + 106408] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 30) { M[col3 + row0 * 30 + 106408] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 30) { M[col4 + row0 * 30 + 106408] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 30) { M[col5 + row0 * 30 + 106408] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 30) { M[col6 + row0 * 30 + 106408] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 30) { M[col7 + row0 * 30 + 106408] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 30) { M[col8 + row0 * 30 + 106408] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 30) { M[col9 + row0 * 30 + 106408] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 30) { M[col10 + row0 * 30 + 106408] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 30) { M[col11 + row0 * 30 + 106408] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 30) { M[col12 + row0 * 30 + 106408] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 30) { M[col13 + row0 * 30 + 106408] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 30) { M[col14 + row0 * 30 + 106408] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 30) { M[col15 + row0 * 30 + 106408] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 30) { M[col0 + row1 * 30 + 106408] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 30) { M[col1 + row1 * 30 + 106408] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 30) { M[col2 + row1 * 30 + 106408] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 30) { M[col3 + row1 * 30 + 106408] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 30) { M[col4 + row1 * 30 + 106408] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 30) { M[col5 + row1 * 30 + 106408] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 30) { M[col6 + row1 * 30 + 106408] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 30) { M[col7 + row1 * 30 + 106408] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 30) { M[col8 + row1 * 30 + 106408] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 30) { M[col9 + row1 * 30 + 106408] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 30) { M[col10 + row1 * 30 + 106408] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 30) { M[col11 + row1 * 30 + 106408] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 30) { M[col12 + row1 * 30 + 106408] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 30) { M[col13 + row1 * 30 + 106408] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 30) { M[col14 + row1 * 30 + 106408] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 30) { M[col15 + row1 * 30 + 106408] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 30) { M[col0 + row2 * 30 + 106408] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 30) { M[col1 + row2 * 30 + 106408] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 30) { M[col2 + row2 * 30 + 106408] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 30) { M[col3 + row2 * 30 + 106408] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 30) { M[col4 + row2 * 30 + 106408] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 30) { M[col5 + row2 * 30 + 106408] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 30) { M[col6 + row2 * 30 + 106408] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 30) { M[col7 + row2 * 30 + 106408] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 30) { M[col8 + row2 * 30 + 106408] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 30) { M[col9 + row2 * 30 + 106408] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 30) { M[col10 + row2 * 30 + 106408] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 30) { M[col11 + row2 * 30 + 106408] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 30) { M[col12 + row2 * 30 + 106408] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 30) { M[col13 + row2 * 30 + 106408] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 30) { M[col14 + row2 * 30 + 106408] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 30) { M[col15 + row2 * 30 + 106408] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 30) { M[col0 + row3 * 30 + 106408] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 30) { M[col1 + row3 * 30 + 106408] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 30) { M[col2 + row3 * 30 + 106408] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 30) { M[col3 + row3 * 30 + 106408] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 30) { M[col4 + row3 * 30 + 106408] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 30) { M[col5 + row3 * 30 + 106408] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 30) { M[col6 + row3 * 30 + 106408] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 30) { M[col7 + row3 * 30 + 106408] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 30) { M[col8 + row3 * 30 + 106408] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 30) { M[col9 + row3 * 30 + 106408] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 30) { M[col10 + row3 * 30 + 106408] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 30) { M[col11 + row3 * 30 + 106408] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 30) { M[col12 + row3 * 30 + 106408] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 30) { M[col13 + row3 * 30 + 106408] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 30) { M[col14 + row3 * 30 + 106408] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 30) { M[col15 + row3 * 30 + 106408] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 30) { M[col0 + row4 * 30 + 106408] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 30) { M[col1 + row4 * 30 + 106408] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 30) { M[col2 + row4 * 30 + 106408] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 30) { M[col3 + row4 * 30 + 106408] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 30) { M[col4 + row4 * 30 + 106408] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 30) { M[col5 + row4 * 30 + 106408] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 30) { M[col6 + row4 * 30 + 106408] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 30) { M[col7 + row4 * 30 + 106408] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 30) { M[col8 + row4 * 30 + 106408] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 30) { M[col9 + row4 * 30 + 106408] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 30) { M[col10 + row4 * 30 + 106408] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 30) { M[col11 + row4 * 30 + 106408] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 30) { M[col12 + row4 * 30 + 106408] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 30) { M[col13 + row4 * 30 + 106408] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 30) { M[col14 + row4 * 30 + 106408] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 30) { M[col15 + row4 * 30 + 106408] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 30) { M[col0 + row5 * 30 + 106408] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 30) { M[col1 + row5 * 30 + 106408] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 30) { M[col2 + row5 * 30 + 106408] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 30) { M[col3 + row5 * 30 + 106408] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 30) { M[col4 + row5 * 30 + 106408] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 30) { M[col5 + row5 * 30 + 106408] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 30) { M[col6 + row5 * 30 + 106408] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 30) { M[col7 + row5 * 30 + 106408] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 30) { M[col8 + row5 * 30 + 106408] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 30) { M[col9 + row5 * 30 + 106408] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 30) { M[col10 + row5 * 30 + 106408] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 30) { M[col11 + row5 * 30 + 106408] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 30) { M[col12 + row5 * 30 + 106408] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 30) { M[col13 + row5 * 30 + 106408] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 30) { M[col14 + row5 * 30 + 106408] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 30) { M[col15 + row5 * 30 + 106408] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 30) { M[col0 + row6 * 30 + 106408] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 30) { M[col1 + row6 * 30 + 106408] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 30) { M[col2 + row6 * 30 + 106408] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 30) { M[col3 + row6 * 30 + 106408] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 30) { M[col4 + row6 * 30 + 106408] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 30) { M[col5 + row6 * 30 + 106408] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 30) { M[col6 + row6 * 30 + 106408] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 30) { M[col7 + row6 * 30 + 106408] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 30) { M[col8 + row6 * 30 + 106408] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 30) { M[col9 + row6 * 30 + 106408] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 30) { M[col10 + row6 * 30 + 106408] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 30) { M[col11 + row6 * 30 + 106408] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 30) { M[col12 + row6 * 30 + 106408] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 30) { M[col13 + row6 * 30 + 106408] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 30) { M[col14 + row6 * 30 + 106408] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 30) { M[col15 + row6 * 30 + 106408] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 30) { M[col0 + row7 * 30 + 106408] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 30) { M[col1 + row7 * 30 + 106408] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 30) { M[col2 + row7 * 30 + 106408] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 30) { M[col3 + row7 * 30 + 106408] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 30) { M[col4 + row7 * 30 + 106408] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 30) { M[col5 + row7 * 30 + 106408] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 30) { M[col6 + row7 * 30 + 106408] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 30) { M[col7 + row7 * 30 + 106408] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 30) { M[col8 + row7 * 30 + 106408] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 30) { M[col9 + row7 * 30 + 106408] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 30) { M[col10 + row7 * 30 + 106408] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 30) { M[col11 + row7 * 30 + 106408] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 30) { M[col12 + row7 * 30 + 106408] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 30) { M[col13 + row7 * 30 + 106408] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 30) { M[col14 + row7 * 30 + 106408] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 30) { M[col15 + row7 * 30 + 106408] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 30) { M[col0 + row8 * 30 + 106408] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 30) { M[col1 + row8 * 30 + 106408] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 30) { M[col2 + row8 * 30 + 106408] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 30) { M[col3 + row8 * 30 + 106408] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 30) { M[col4 + row8 * 30 + 106408] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 30) { M[col5 + row8 * 30 + 106408] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 30) { M[col6 + row8 * 30 + 106408] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 30) { M[col7 + row8 * 30 + 106408] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 30) { M[col8 + row8 * 30 + 106408] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 30) { M[col9 + row8 * 30 + 106408] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 30) { M[col10 + row8 * 30 + 106408] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 30) { M[col11 + row8 * 30 + 106408] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 30) { M[col12 + row8 * 30 + 106408] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 30) { M[col13 + row8 * 30 + 106408] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 30) { M[col14 + row8 * 30 + 106408] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 30) { M[col15 + row8 * 30 + 106408] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 30) { M[col0 + row9 * 30 + 106408] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 30) { M[col1 + row9 * 30 + 106408] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 30) { M[col2 + row9 * 30 + 106408] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 30) { M[col3 + row9 * 30 + 106408] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 30) { M[col4 + row9 * 30 + 106408] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 30) { M[col5 + row9 * 30 + 106408] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 30) { M[col6 + row9 * 30 + 106408] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 30) { M[col7 + row9 * 30 + 106408] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 30) { M[col8 + row9 * 30 + 106408] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 30) { M[col9 + row9 * 30 + 106408] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 30) { M[col10 + row9 * 30 + 106408] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 30) { M[col11 + row9 * 30 + 106408] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 30) { M[col12 + row9 * 30 + 106408] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 30) { M[col13 + row9 * 30 + 106408] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 30) { M[col14 + row9 * 30 + 106408] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 30) { M[col15 + row9 * 30 + 106408] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 30) { M[col0 + row10 * 30 + 106408] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 30) { M[col1 + row10 * 30 + 106408] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 30) { M[col2 + row10 * 30 + 106408] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 30) { M[col3 + row10 * 30 + 106408] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 30) { M[col4 + row10 * 30 + 106408] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 30) { M[col5 + row10 * 30 + 106408] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 30) { M[col6 + row10 * 30 + 106408] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 30) { M[col7 + row10 * 30 + 106408] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 30) { M[col8 + row10 * 30 + 106408] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 30) { M[col9 + row10 * 30 + 106408] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 30) { M[col10 + row10 * 30 + 106408] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 30) { M[col11 + row10 * 30 + 106408] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 30) { M[col12 + row10 * 30 + 106408] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 30) { M[col13 + row10 * 30 + 106408] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 30) { M[col14 + row10 * 30 + 106408] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 30) { M[col15 + row10 * 30 + 106408] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 30) { M[col0 + row11 * 30 + 106408] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 30) { M[col1 + row11 * 30 + 106408] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 30) { M[col2 + row11 * 30 + 106408] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 30) { M[col3 + row11 * 30 + 106408] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 30) { M[col4 + row11 * 30 + 106408] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 30) { M[col5 + row11 * 30 + 106408] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 30) { M[col6 + row11 * 30 + 106408] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 30) { M[col7 + row11 * 30 + 106408] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 30) { M[col8 + row11 * 30 + 106408] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 30) { M[col9 + row11 * 30 + 106408] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 30) { M[col10 + row11 * 30 + 106408] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 30) { M[col11 + row11 * 30 + 106408] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 30) { M[col12 + row11 * 30 + 106408] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 30) { M[col13 + row11 * 30 + 106408] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 30) { M[col14 + row11 * 30 + 106408] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 30) { M[col15 + row11 * 30 + 106408] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 30) { M[col0 + row12 * 30 + 106408] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 30) { M[col1 + row12 * 30 + 106408] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 30) { M[col2 + row12 * 30 + 106408] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 30) { M[col3 + row12 * 30 + 106408] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 30) { M[col4 + row12 * 30 + 106408] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 30) { M[col5 + row12 * 30 + 106408] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 30) { M[col6 + row12 * 30 + 106408] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 30) { M[col7 + row12 * 30 + 106408] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 30) { M[col8 + row12 * 30 + 106408] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 30) { M[col9 + row12 * 30 + 106408] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 30) { M[col10 + row12 * 30 + 106408] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 30) { M[col11 + row12 * 30 + 106408] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 30) { M[col12 + row12 * 30 + 106408] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 30) { M[col13 + row12 * 30 + 106408] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 30) { M[col14 + row12 * 30 + 106408] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 30) { M[col15 + row12 * 30 + 106408] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 30) { M[col0 + row13 * 30 + 106408] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 30) { M[col1 + row13 * 30 + 106408] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 30) { M[col2 + row13 * 30 + 106408] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 30) { M[col3 + row13 * 30 + 106408] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 30) { M[col4 + row13 * 30 + 106408] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 30) { M[col5 + row13 * 30 + 106408] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 30) { M[col6 + row13 * 30 + 106408] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 30) { M[col7 + row13 * 30 + 106408] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 30) { M[col8 + row13 * 30 + 106408] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 30) { M[col9 + row13 * 30 + 106408] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 30) { M[col10 + row13 * 30 + 106408] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 30) { M[col11 + row13 * 30 + 106408] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 30) { M[col12 + row13 * 30 + 106408] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 30) { M[col13 + row13 * 30 + 106408] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 30) { M[col14 + row13 * 30 + 106408] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 30) { M[col15 + row13 * 30 + 106408] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 30) { M[col0 + row14 * 30 + 106408] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 30) { M[col1 + row14 * 30 + 106408] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 30) { M[col2 + row14 * 30 + 106408] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 30) { M[col3 + row14 * 30 + 106408] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 30) { M[col4 + row14 * 30 + 106408] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 30) { M[col5 + row14 * 30 + 106408] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 30) { M[col6 + row14 * 30 + 106408] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 30) { M[col7 + row14 * 30 + 106408] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 30) { M[col8 + row14 * 30 + 106408] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 30) { M[col9 + row14 * 30 + 106408] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 30) { M[col10 + row14 * 30 + 106408] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 30) { M[col11 + row14 * 30 + 106408] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 30) { M[col12 + row14 * 30 + 106408] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 30) { M[col13 + row14 * 30 + 106408] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 30) { M[col14 + row14 * 30 + 106408] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 30) { M[col15 + row14 * 30 + 106408] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 30) { M[col0 + row15 * 30 + 106408] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 30) { M[col1 + row15 * 30 + 106408] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 30) { M[col2 + row15 * 30 + 106408] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 30) { M[col3 + row15 * 30 + 106408] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 30) { M[col4 + row15 * 30 + 106408] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 30) { M[col5 + row15 * 30 + 106408] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 30) { M[col6 + row15 * 30 + 106408] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 30) { M[col7 + row15 * 30 + 106408] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 30) { M[col8 + row15 * 30 + 106408] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 30) { M[col9 + row15 * 30 + 106408] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 30) { M[col10 + row15 * 30 + 106408] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 30) { M[col11 + row15 * 30 + 106408] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 30) { M[col12 + row15 * 30 + 106408] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 30) { M[col13 + row15 * 30 + 106408] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 30) { M[col14 + row15 * 30 + 106408] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 30) { M[col15 + row15 * 30 + 106408] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_33_fused ========
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

// fused elementwise kernel (41 kernels)  [u.B, 64]
//   scan %90 body: %14 = select %12, %0, %13
//   scan %90 body: %15 = select %12, %1, %13
//   scan %90 body: %16 = select %12, %2, %13
//   scan %90 body: %17 = select %4, %16, %13
//   scan %90 body: %18 = select %4, %15, %13
//   scan %90 body: %19 = select %4, %13, %15
//   scan %90 body: %20 = select %4, %14, %13
//   scan %90 body: %21 = select %4, %13, %14
//   scan %90 body: %22 = add %17, %20
//   scan %90 body: %23 = mul %22, %5
//   scan %90 body: %24 = mul %22, %6
//   scan %90 body: %25 = mul %5, %5
//   scan %90 body: %26 = neg %25
//   scan %90 body: %28 = add %26, %27
//   scan %90 body: %29 = mul %24, %28
//   scan %90 body: %30 = add %18, %29
//   scan %90 body: %31 = neg %6
//   scan %90 body: %32 = add %31, %27
//   scan %90 body: %33 = mul %6, %32
//   scan %90 body: %34 = mul %23, %33
//   scan %90 body: %35 = mul %30, %7
//   scan %90 body: %36 = mul %30, %8
//   scan %90 body: %37 = mul %30, %3
//   scan %90 body: %38 = mul %30, %9
//   scan %90 body: %39 = add %19, %38
//   scan %90 body: %40 = mul %7, %7
//   scan %90 body: %41 = neg %40
//   scan %90 body: %42 = add %41, %27
//   scan %90 body: %43 = mul %36, %42
//   scan %90 body: %44 = neg %9
//   scan %90 body: %45 = add %44, %27
//   scan %90 body: %46 = mul %9, %45
//   scan %90 body: %47 = mul %37, %46
//   scan %90 body: %48 = neg %8
//   scan %90 body: %49 = add %48, %27
//   scan %90 body: %50 = mul %8, %49
//   scan %90 body: %51 = mul %35, %50
//   scan %90 body: %52 = concat %51, %47, %43, %34 axis=1 (piece 2/4)
//   scan %90 body: %52 = concat %51, %47, %43, %34 axis=1 (piece 3/4)
//   scan %90 body: %52 = concat %51, %47, %43, %34 axis=1 (piece 4/4)
//   scan %90 body: %56 = select %12, %39, %13
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 64) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T * 659 + u.B * 256 + u.l0]);
  let v1 = v0 != 0.0f;
  let v2 = bitcast<f32>(W[i0 * u.T + u.B * u.T * 1041 + u.B * 512 + u.l0]);
  let v3 = v2 != 0.0f;
  let v4 = bitcast<f32>(W[u.B * u.T * 1103 + i0 * 64 + i1 + u.B * 512 + u.T * 256]);
  let v5 = select(0.0f, v4, v3);
  let v6 = bitcast<f32>(W[u.B * u.T * 1103 + i0 * 64 + i1 + u.B * 576 + u.T * 256]);
  let v7 = select(0.0f, v6, v3);
  let v8 = bitcast<f32>(W[i0 * u.T * 64 + u.B * u.T * 19 + i1 + u.B * 128 + u.l0 * 64]);
  let v9 = select(0.0f, v8, v3);
  let v10 = select(0.0f, v9, v1);
  let v11 = select(0.0f, v5, v1);
  let v12 = v10 + v11;
  let v13 = bitcast<f32>(W[i0 * u.T * 64 + u.B * u.T * 724 + i1 + u.B * 256 + u.l0 * 64]);
  let v14 = bitcast<f32>(W[i0 * u.T * 64 + u.B * u.T * 660 + i1 + u.B * 256 + u.l0 * 64]);
  let v15 = select(0.0f, v7, v1);
  let v16 = v12 * v13;
  let v17 = v14 * v14;
  let v18 = (-(v17));
  let v19 = v18 + 1.0f;
  let v20 = v16 * v19;
  let v21 = v15 + v20;
  let v22 = bitcast<f32>(W[i0 * u.T * 64 + u.B * u.T * 788 + i1 + u.B * 256 + u.l0 * 64]);
  let v23 = bitcast<f32>(W[i0 * u.T * 64 + u.B * u.T * 852 + i1 + u.B * 256 + u.l0 * 64]);
  let v24 = bitcast<f32>(W[i0 * u.T * 64 + u.B * u.T * 916 + i1 + u.B * 256 + u.l0 * 64]);
  let v25 = select(v5, 0.0f, v1);
  let v26 = v21 * v22;
  let v27 = (-(v23));
  let v28 = v27 + 1.0f;
  let v29 = v23 * v28;
  let v30 = v26 * v29;
  let v31 = bitcast<f32>(W[i0 * u.T * 64 + u.B * u.T * 595 + i1 + u.B * 256 + u.l0 * 64]);
  let v32 = v21 * v31;
  let v33 = (-(v24));
  let v34 = v33 + 1.0f;
  let v35 = v24 * v34;
  let v36 = v32 * v35;
  let v37 = v21 * v23;
  let v38 = v22 * v22;
  let v39 = (-(v38));
  let v40 = v39 + 1.0f;
  let v41 = v37 * v40;
  let v42 = v12 * v14;
  let v43 = (-(v13));
  let v44 = v43 + 1.0f;
  let v45 = v13 * v44;
  let v46 = v42 * v45;
  let v47 = select(v7, 0.0f, v1);
  let v48 = v21 * v24;
  let v49 = v47 + v48;
  let v50 = select(0.0f, v49, v3);
  W[u.B * u.T * 980 + i0 * 64 + i1 + u.B * 256] = bitcast<u32>(v25);
  W[i0 * u.T * 256 + u.B * u.T * 1103 + i1 + u.B * 640 + u.T * 256 + u.l0 * 256] = bitcast<u32>(v30);
  W[i0 * u.T * 256 + u.B * u.T * 1103 + i1 + u.B * 640 + u.T * 256 + u.l0 * 256 + 64] = bitcast<u32>(v36);
  W[i0 * u.T * 256 + u.B * u.T * 1103 + i1 + u.B * 640 + u.T * 256 + u.l0 * 256 + 128] = bitcast<u32>(v41);
  W[i0 * u.T * 256 + u.B * u.T * 1103 + i1 + u.B * 640 + u.T * 256 + u.l0 * 256 + 192] = bitcast<u32>(v46);
  W[u.B * u.T * 1103 + i0 * 64 + i1 + u.B * 576 + u.T * 256] = bitcast<u32>(v50);
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

// scan %90 body: %53 = matmul_nt %52, %11  [u.B, 256] x [256, 64], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
  let depth = 256;
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
  let col0 = min(c0 + 0, 63);
  let col1 = min(c0 + 1, 63);
  let col2 = min(c0 + 2, 63);
  let col3 = min(c0 + 3, 63);
  let col4 = min(c0 + 4, 63);
  let col5 = min(c0 + 5, 63);
  let col6 = min(c0 + 6, 63);
  let col7 = min(c0 + 7, 63);
  let col8 = min(c0 + 8, 63);
  let col9 = min(c0 + 9, 63);
  let col10 = min(c0 + 10, 63);
  let col11 = min(c0 + 11, 63);
  let col12 = min(c0 + 12, 63);
  let col13 = min(c0 + 13, 63);
  let col14 = min(c0 + 14, 63);
  let col15 = min(c0 + 15, 63);
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
    let w0 = bitcast<f32>(M[col0 * 256 + kk + 73600]);
    let w1 = bitcast<f32>(M[col1 * 256 + kk + 73600]);
    let w2 = bitcast<f32>(M[col2 * 256 + kk + 73600]);
    let w3 = bitcast<f32>(M[col3 * 256 + kk + 73600]);
    let w4 = bitcast<f32>(M[col4 * 256 + kk + 73600]);
    let w5 = bitcast<f32>(M[col5 * 256 + kk + 73600]);
    let w6 = bitcast<f32>(M[col6 * 256 + kk + 73600]);
    let w7 = bitcast<f32>(M[col7 * 256 + kk + 73600]);
    let w8 = bitcast<f32>(M[col8 * 256 + kk + 73600]);
    let w9 = bitcast<f32>(M[col9 * 256 + kk + 73600]);
    let w10 = bitcast<f32>(M[col10 * 256 + kk + 73600]);
    let w11 = bitcast<f32>(M[col11 * 256 + kk + 73600]);
    let w12 = bitcast<f32>(M[col12 * 256 + kk + 73600]);
    let w13 = bitcast<f32>(M[col13 * 256 + kk + 73600]);
    let w14 = bitcast<f32>(M[col14 * 256 + kk + 73600]);
    let w15 = bitcast<f32>(M[col15 * 256 + kk + 73600]);
    let x0 = bitcast<f32>(W[row0 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[row1 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[row2 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[row3 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[row4 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[row5 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[row6 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[row7 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[row8 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[row9 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[row10 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[row11 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[row12 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[row13 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[row14 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[row15 * u.T * 256 + u.B * u.T * 1103 + kk + u.B * 640 + u.T * 256 + u.l0 * 256]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row0 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row1 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row2 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row3 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row4 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row5 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row6 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row7 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row8 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row9 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row10 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row11 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row12 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row13 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row14 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 64) { W[u.B * u.T * 1359 + col0 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 64) { W[u.B * u.T * 1359 + col1 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 64) { W[u.B * u.T * 1359 + col2 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 64) { W[u.B * u.T * 1359 + col3 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 64) { W[u.B * u.T * 1359 + col4 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 64) { W[u.B * u.T * 1359 + col5 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 64) { W[u.B * u.T * 1359 + col6 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 64) { W[u.B * u.T * 1359 + col7 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 64) { W[u.B * u.T * 1359 + col8 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 64) { W[u.B * u.T * 1359 + col9 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 64) { W[u.B * u.T * 1359 + col10 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 64) { W[u.B * u.T * 1359 + col11 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 64) { W[u.B * u.T * 1359 + col12 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 64) { W[u.B * u.T * 1359 + col13 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 64) { W[u.B * u.T * 1359 + col14 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 64) { W[u.B * u.T * 1359 + col15 + row15 * 64 + u.B * 640 + u.T * 256] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_35_fused ========
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

// fused elementwise kernel (2 kernels)  [u.B, 64]
//   scan %90 body: %54 = add %21, %53
//   scan %90 body: %55 = select %12, %54, %13
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 64) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T * 1041 + u.B * 512 + u.l0]);
  let v1 = v0 != 0.0f;
  let v2 = bitcast<f32>(W[u.B * u.T * 980 + i0 * 64 + i1 + u.B * 256]);
  let v3 = bitcast<f32>(W[u.B * u.T * 1359 + i0 * 64 + i1 + u.B * 640 + u.T * 256]);
  let v4 = v2 + v3;
  let v5 = select(0.0f, v4, v1);
  W[u.B * u.T * 1103 + i0 * 64 + i1 + u.B * 512 + u.T * 256] = bitcast<u32>(v5);
}

// ======== kernel runTrain_36_map ========
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

// scan %90 body: %58 = select %12, %52, %57  [u.B, 256]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 256) { return; }
  var r_ = gid;
  let i1 = r_ % (256);
  r_ = r_ / (256);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T + u.B * u.T * 1041 + u.B * 512 + u.l0]);
  let v1 = v0 != 0.0f;
  let v2 = bitcast<f32>(W[i0 * u.T * 256 + u.B * u.T * 1103 + i1 + u.B * 640 + u.T * 256 + u.l0 * 256]);
  let v3 = select(0.0f, v2, v1);
  W[i0 * u.T * 256 + u.B * u.T * 275 + i1 + u.B * 256 + u.l0 * 256] = bitcast<u32>(v3);
}

// ======== kernel runTrain_37_reduce ========
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

// %94 = reduce_sum %93 axis=0  reduce_sum over u.B
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.T * 256) { return; }
  var r_ = gid;
  let i1 = r_ % (256);
  r_ = r_ / (256);
  let i0 = r_;
  var acc = 0.0f;
  for (var i2 = 0; i2 < u.B; i2++) {
    let v0 = bitcast<f32>(W[i2 * u.T * 256 + u.B * u.T * 1103 + i0 * 256 + i1 + u.B * 640 + u.T * 256]);
    acc = acc + v0;
  }
  W[u.B * u.T * 1103 + i0 * 256 + i1 + u.B * 512] = bitcast<u32>(acc);
}

// ======== kernel runTrain_38_reduce ========
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

// %95 = reduce_sum %94 axis=0  reduce_sum over u.T
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 256) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < u.T; i1++) {
    let v0 = bitcast<f32>(W[u.B * u.T * 1103 + i0 + i1 * 256 + u.B * 512]);
    acc = acc + v0;
  }
  M[i0 + 73600] = bitcast<u32>(acc);
}

// ======== kernel runTrain_39_matmul ========
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

// %100 = matmul_tn %25, %93  [64, u.B * u.T] x [u.B * u.T, 256], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = 64;
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
  let col0 = min(c0 + 0, 255);
  let col1 = min(c0 + 1, 255);
  let col2 = min(c0 + 2, 255);
  let col3 = min(c0 + 3, 255);
  let col4 = min(c0 + 4, 255);
  let col5 = min(c0 + 5, 255);
  let col6 = min(c0 + 6, 255);
  let col7 = min(c0 + 7, 255);
  let col8 = min(c0 + 8, 255);
  let col9 = min(c0 + 9, 255);
  let col10 = min(c0 + 10, 255);
  let col11 = min(c0 + 11, 255);
  let col12 = min(c0 + 12, 255);
  let col13 = min(c0 + 13, 255);
  let col14 = min(c0 + 14, 255);
  let col15 = min(c0 + 15, 255);
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
    let w0 = bitcast<f32>(W[u.B * u.T * 1103 + col0 + kk * 256 + u.B * 640 + u.T * 256]);
    let w1 = bitcast<f32>(W[u.B * u.T * 1103 + col1 + kk * 256 + u.B * 640 + u.T * 256]);
    let w2 = bitcast<f32>(W[u.B * u.T * 1103 + col2 + kk * 256 + u.B * 640 + u.T * 256]);
    let w3 = bitcast<f32>(W[u.B * u.T * 1103 + col3 + kk * 256 + u.B * 640 + u.T * 256]);
    let w4 = bitcast<f32>(W[u.B * u.T * 1103 + col4 + kk * 256 + u.B * 640 + u.T * 256]);
    let w5 = bitcast<f32>(W[u.B * u.T * 1103 + col5 + kk * 256 + u.B * 640 + u.T * 256]);
    let w6 = bitcast<f32>(W[u.B * u.T * 1103 + col6 + kk * 256 + u.B * 640 + u.T * 256]);
    let w7 = bitcast<f32>(W[u.B * u.T * 1103 + col7 + kk * 256 + u.B * 640 + u.T * 256]);
    let w8 = bitcast<f32>(W[u.B * u.T * 1103 + col8 + kk * 256 + u.B * 640 + u.T * 256]);
    let w9 = bitcast<f32>(W[u.B * u.T * 1103 + col9 + kk * 256 + u.B * 640 + u.T * 256]);
    let w10 = bitcast<f32>(W[u.B * u.T * 1103 + col10 + kk * 256 + u.B * 640 + u.T * 256]);
    let w11 = bitcast<f32>(W[u.B * u.T * 1103 + col11 + kk * 256 + u.B * 640 + u.T * 256]);
    let w12 = bitcast<f32>(W[u.B * u.T * 1103 + col12 + kk * 256 + u.B * 640 + u.T * 256]);
    let w13 = bitcast<f32>(W[u.B * u.T * 1103 + col13 + kk * 256 + u.B * 640 + u.T * 256]);
    let w14 = bitcast<f32>(W[u.B * u.T * 1103 + col14 + kk * 256 + u.B * 640 + u.T * 256]);
    let w15 = bitcast<f32>(W[u.B * u.T * 1103 + col15 + kk * 256 + u.B * 640 + u.T * 256]);
    let x0 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row0 + u.B * 256]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row1 + u.B * 256]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row2 + u.B * 256]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row3 + u.B * 256]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row4 + u.B * 256]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row5 + u.B * 256]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row6 + u.B * 256]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row7 + u.B * 256]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row8 + u.B * 256]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row9 + u.B * 256]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row10 + u.B * 256]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row11 + u.B * 256]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row12 + u.B * 256]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row13 + u.B * 256]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row14 + u.B * 256]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 531 + kk * 64 + row15 + u.B * 256]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 256) { M[col0 + row0 * 256 + 89984] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 256) { M[col1 + row0 * 256 + 89984] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 256) { M[col2 + row0 * 256 + 89984] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 256) { M[col3 + row0 * 256 + 89984] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 256) { M[col4 + row0 * 256 + 89984] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 256) { M[col5 + row0 * 256 + 89984] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 256) { M[col6 + row0 * 256 + 89984] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 256) { M[col7 + row0 * 256 + 89984] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 256) { M[col8 + row0 * 256 + 89984] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 256) { M[col9 + row0 * 256 + 89984] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 256) { M[col10 + row0 * 256 + 89984] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 256) { M[col11 + row0 * 256 + 89984] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 256) { M[col12 + row0 * 256 + 89984] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 256) { M[col13 + row0 * 256 + 89984] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 256) { M[col14 + row0 * 256 + 89984] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 256) { M[col15 + row0 * 256 + 89984] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 256) { M[col0 + row1 * 256 + 89984] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 256) { M[col1 + row1 * 256 + 89984] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 256) { M[col2 + row1 * 256 + 89984] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 256) { M[col3 + row1 * 256 + 89984] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 256) { M[col4 + row1 * 256 + 89984] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 256) { M[col5 + row1 * 256 + 89984] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 256) { M[col6 + row1 * 256 + 89984] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 256) { M[col7 + row1 * 256 + 89984] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 256) { M[col8 + row1 * 256 + 89984] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 256) { M[col9 + row1 * 256 + 89984] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 256) { M[col10 + row1 * 256 + 89984] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 256) { M[col11 + row1 * 256 + 89984] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 256) { M[col12 + row1 * 256 + 89984] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 256) { M[col13 + row1 * 256 + 89984] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 256) { M[col14 + row1 * 256 + 89984] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 256) { M[col15 + row1 * 256 + 89984] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 256) { M[col0 + row2 * 256 + 89984] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 256) { M[col1 + row2 * 256 + 89984] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 256) { M[col2 + row2 * 256 + 89984] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 256) { M[col3 + row2 * 256 + 89984] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 256) { M[col4 + row2 * 256 + 89984] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 256) { M[col5 + row2 * 256 + 89984] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 256) { M[col6 + row2 * 256 + 89984] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 256) { M[col7 + row2 * 256 + 89984] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 256) { M[col8 + row2 * 256 + 89984] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 256) { M[col9 + row2 * 256 + 89984] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 256) { M[col10 + row2 * 256 + 89984] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 256) { M[col11 + row2 * 256 + 89984] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 256) { M[col12 + row2 * 256 + 89984] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 256) { M[col13 + row2 * 256 + 89984] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 256) { M[col14 + row2 * 256 + 89984] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 256) { M[col15 + row2 * 256 + 89984] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 256) { M[col0 + row3 * 256 + 89984] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 256) { M[col1 + row3 * 256 + 89984] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 256) { M[col2 + row3 * 256 + 89984] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 256) { M[col3 + row3 * 256 + 89984] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 256) { M[col4 + row3 * 256 + 89984] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 256) { M[col5 + row3 * 256 + 89984] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 256) { M[col6 + row3 * 256 + 89984] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 256) { M[col7 + row3 * 256 + 89984] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 256) { M[col8 + row3 * 256 + 89984] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 256) { M[col9 + row3 * 256 + 89984] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 256) { M[col10 + row3 * 256 + 89984] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 256) { M[col11 + row3 * 256 + 89984] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 256) { M[col12 + row3 * 256 + 89984] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 256) { M[col13 + row3 * 256 + 89984] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 256) { M[col14 + row3 * 256 + 89984] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 256) { M[col15 + row3 * 256 + 89984] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 256) { M[col0 + row4 * 256 + 89984] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 256) { M[col1 + row4 * 256 + 89984] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 256) { M[col2 + row4 * 256 + 89984] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 256) { M[col3 + row4 * 256 + 89984] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 256) { M[col4 + row4 * 256 + 89984] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 256) { M[col5 + row4 * 256 + 89984] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 256) { M[col6 + row4 * 256 + 89984] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 256) { M[col7 + row4 * 256 + 89984] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 256) { M[col8 + row4 * 256 + 89984] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 256) { M[col9 + row4 * 256 + 89984] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 256) { M[col10 + row4 * 256 + 89984] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 256) { M[col11 + row4 * 256 + 89984] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 256) { M[col12 + row4 * 256 + 89984] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 256) { M[col13 + row4 * 256 + 89984] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 256) { M[col14 + row4 * 256 + 89984] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 256) { M[col15 + row4 * 256 + 89984] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 256) { M[col0 + row5 * 256 + 89984] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 256) { M[col1 + row5 * 256 + 89984] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 256) { M[col2 + row5 * 256 + 89984] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 256) { M[col3 + row5 * 256 + 89984] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 256) { M[col4 + row5 * 256 + 89984] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 256) { M[col5 + row5 * 256 + 89984] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 256) { M[col6 + row5 * 256 + 89984] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 256) { M[col7 + row5 * 256 + 89984] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 256) { M[col8 + row5 * 256 + 89984] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 256) { M[col9 + row5 * 256 + 89984] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 256) { M[col10 + row5 * 256 + 89984] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 256) { M[col11 + row5 * 256 + 89984] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 256) { M[col12 + row5 * 256 + 89984] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 256) { M[col13 + row5 * 256 + 89984] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 256) { M[col14 + row5 * 256 + 89984] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 256) { M[col15 + row5 * 256 + 89984] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 256) { M[col0 + row6 * 256 + 89984] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 256) { M[col1 + row6 * 256 + 89984] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 256) { M[col2 + row6 * 256 + 89984] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 256) { M[col3 + row6 * 256 + 89984] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 256) { M[col4 + row6 * 256 + 89984] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 256) { M[col5 + row6 * 256 + 89984] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 256) { M[col6 + row6 * 256 + 89984] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 256) { M[col7 + row6 * 256 + 89984] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 256) { M[col8 + row6 * 256 + 89984] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 256) { M[col9 + row6 * 256 + 89984] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 256) { M[col10 + row6 * 256 + 89984] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 256) { M[col11 + row6 * 256 + 89984] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 256) { M[col12 + row6 * 256 + 89984] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 256) { M[col13 + row6 * 256 + 89984] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 256) { M[col14 + row6 * 256 + 89984] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 256) { M[col15 + row6 * 256 + 89984] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 256) { M[col0 + row7 * 256 + 89984] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 256) { M[col1 + row7 * 256 + 89984] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 256) { M[col2 + row7 * 256 + 89984] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 256) { M[col3 + row7 * 256 + 89984] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 256) { M[col4 + row7 * 256 + 89984] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 256) { M[col5 + row7 * 256 + 89984] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 256) { M[col6 + row7 * 256 + 89984] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 256) { M[col7 + row7 * 256 + 89984] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 256) { M[col8 + row7 * 256 + 89984] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 256) { M[col9 + row7 * 256 + 89984] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 256) { M[col10 + row7 * 256 + 89984] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 256) { M[col11 + row7 * 256 + 89984] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 256) { M[col12 + row7 * 256 + 89984] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 256) { M[col13 + row7 * 256 + 89984] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 256) { M[col14 + row7 * 256 + 89984] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 256) { M[col15 + row7 * 256 + 89984] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 256) { M[col0 + row8 * 256 + 89984] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 256) { M[col1 + row8 * 256 + 89984] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 256) { M[col2 + row8 * 256 + 89984] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 256) { M[col3 + row8 * 256 + 89984] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 256) { M[col4 + row8 * 256 + 89984] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 256) { M[col5 + row8 * 256 + 89984] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 256) { M[col6 + row8 * 256 + 89984] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 256) { M[col7 + row8 * 256 + 89984] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 256) { M[col8 + row8 * 256 + 89984] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 256) { M[col9 + row8 * 256 + 89984] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 256) { M[col10 + row8 * 256 + 89984] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 256) { M[col11 + row8 * 256 + 89984] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 256) { M[col12 + row8 * 256 + 89984] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 256) { M[col13 + row8 * 256 + 89984] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 256) { M[col14 + row8 * 256 + 89984] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 256) { M[col15 + row8 * 256 + 89984] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 256) { M[col0 + row9 * 256 + 89984] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 256) { M[col1 + row9 * 256 + 89984] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 256) { M[col2 + row9 * 256 + 89984] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 256) { M[col3 + row9 * 256 + 89984] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 256) { M[col4 + row9 * 256 + 89984] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 256) { M[col5 + row9 * 256 + 89984] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 256) { M[col6 + row9 * 256 + 89984] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 256) { M[col7 + row9 * 256 + 89984] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 256) { M[col8 + row9 * 256 + 89984] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 256) { M[col9 + row9 * 256 + 89984] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 256) { M[col10 + row9 * 256 + 89984] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 256) { M[col11 + row9 * 256 + 89984] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 256) { M[col12 + row9 * 256 + 89984] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 256) { M[col13 + row9 * 256 + 89984] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 256) { M[col14 + row9 * 256 + 89984] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 256) { M[col15 + row9 * 256 + 89984] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 256) { M[col0 + row10 * 256 + 89984] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 256) { M[col1 + row10 * 256 + 89984] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 256) { M[col2 + row10 * 256 + 89984] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 256) { M[col3 + row10 * 256 + 89984] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 256) { M[col4 + row10 * 256 + 89984] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 256) { M[col5 + row10 * 256 + 89984] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 256) { M[col6 + row10 * 256 + 89984] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 256) { M[col7 + row10 * 256 + 89984] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 256) { M[col8 + row10 * 256 + 89984] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 256) { M[col9 + row10 * 256 + 89984] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 256) { M[col10 + row10 * 256 + 89984] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 256) { M[col11 + row10 * 256 + 89984] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 256) { M[col12 + row10 * 256 + 89984] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 256) { M[col13 + row10 * 256 + 89984] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 256) { M[col14 + row10 * 256 + 89984] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 256) { M[col15 + row10 * 256 + 89984] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 256) { M[col0 + row11 * 256 + 89984] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 256) { M[col1 + row11 * 256 + 89984] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 256) { M[col2 + row11 * 256 + 89984] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 256) { M[col3 + row11 * 256 + 89984] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 256) { M[col4 + row11 * 256 + 89984] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 256) { M[col5 + row11 * 256 + 89984] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 256) { M[col6 + row11 * 256 + 89984] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 256) { M[col7 + row11 * 256 + 89984] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 256) { M[col8 + row11 * 256 + 89984] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 256) { M[col9 + row11 * 256 + 89984] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 256) { M[col10 + row11 * 256 + 89984] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 256) { M[col11 + row11 * 256 + 89984] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 256) { M[col12 + row11 * 256 + 89984] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 256) { M[col13 + row11 * 256 + 89984] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 256) { M[col14 + row11 * 256 + 89984] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 256) { M[col15 + row11 * 256 + 89984] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 256) { M[col0 + row12 * 256 + 89984] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 256) { M[col1 + row12 * 256 + 89984] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 256) { M[col2 + row12 * 256 + 89984] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 256) { M[col3 + row12 * 256 + 89984] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 256) { M[col4 + row12 * 256 + 89984] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 256) { M[col5 + row12 * 256 + 89984] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 256) { M[col6 + row12 * 256 + 89984] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 256) { M[col7 + row12 * 256 + 89984] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 256) { M[col8 + row12 * 256 + 89984] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 256) { M[col9 + row12 * 256 + 89984] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 256) { M[col10 + row12 * 256 + 89984] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 256) { M[col11 + row12 * 256 + 89984] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 256) { M[col12 + row12 * 256 + 89984] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 256) { M[col13 + row12 * 256 + 89984] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 256) { M[col14 + row12 * 256 + 89984] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 256) { M[col15 + row12 * 256 + 89984] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 256) { M[col0 + row13 * 256 + 89984] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 256) { M[col1 + row13 * 256 + 89984] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 256) { M[col2 + row13 * 256 + 89984] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 256) { M[col3 + row13 * 256 + 89984] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 256) { M[col4 + row13 * 256 + 89984] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 256) { M[col5 + row13 * 256 + 89984] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 256) { M[col6 + row13 * 256 + 89984] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 256) { M[col7 + row13 * 256 + 89984] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 256) { M[col8 + row13 * 256 + 89984] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 256) { M[col9 + row13 * 256 + 89984] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 256) { M[col10 + row13 * 256 + 89984] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 256) { M[col11 + row13 * 256 + 89984] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 256) { M[col12 + row13 * 256 + 89984] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 256) { M[col13 + row13 * 256 + 89984] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 256) { M[col14 + row13 * 256 + 89984] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 256) { M[col15 + row13 * 256 + 89984] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 256) { M[col0 + row14 * 256 + 89984] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 256) { M[col1 + row14 * 256 + 89984] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 256) { M[col2 + row14 * 256 + 89984] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 256) { M[col3 + row14 * 256 + 89984] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 256) { M[col4 + row14 * 256 + 89984] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 256) { M[col5 + row14 * 256 + 89984] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 256) { M[col6 + row14 * 256 + 89984] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 256) { M[col7 + row14 * 256 + 89984] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 256) { M[col8 + row14 * 256 + 89984] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 256) { M[col9 + row14 * 256 + 89984] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 256) { M[col10 + row14 * 256 + 89984] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 256) { M[col11 + row14 * 256 + 89984] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 256) { M[col12 + row14 * 256 + 89984] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 256) { M[col13 + row14 * 256 + 89984] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 256) { M[col14 + row14 * 256 + 89984] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 256) { M[col15 + row14 * 256 + 89984] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 256) { M[col0 + row15 * 256 + 89984] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 256) { M[col1 + row15 * 256 + 89984] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 256) { M[col2 + row15 * 256 + 89984] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 256) { M[col3 + row15 * 256 + 89984] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 256) { M[col4 + row15 * 256 + 89984] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 256) { M[col5 + row15 * 256 + 89984] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 256) { M[col6 + row15 * 256 + 89984] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 256) { M[col7 + row15 * 256 + 89984] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 256) { M[col8 + row15 * 256 + 89984] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 256) { M[col9 + row15 * 256 + 89984] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 256) { M[col10 + row15 * 256 + 89984] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 256) { M[col11 + row15 * 256 + 89984] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 256) { M[col12 + row15 * 256 + 89984] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 256) { M[col13 + row15 * 256 + 89984] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 256) { M[col14 + row15 * 256 + 89984] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 256) { M[col15 + row15 * 256 + 89984] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_40_matmul ========
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

// %105 = matmul_nt %92, %19  [u.B * u.T, 256] x [256, 16], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 256;
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
  let col0 = min(c0 + 0, 15);
  let col1 = min(c0 + 1, 15);
  let col2 = min(c0 + 2, 15);
  let col3 = min(c0 + 3, 15);
  let col4 = min(c0 + 4, 15);
  let col5 = min(c0 + 5, 15);
  let col6 = min(c0 + 6, 15);
  let col7 = min(c0 + 7, 15);
  let col8 = min(c0 + 8, 15);
  let col9 = min(c0 + 9, 15);
  let col10 = min(c0 + 10, 15);
  let col11 = min(c0 + 11, 15);
  let col12 = min(c0 + 12, 15);
  let col13 = min(c0 + 13, 15);
  let col14 = min(c0 + 14, 15);
  let col15 = min(c0 + 15, 15);
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
    let w0 = bitcast<f32>(M[col0 * 256 + kk + 69504]);
    let w1 = bitcast<f32>(M[col1 * 256 + kk + 69504]);
    let w2 = bitcast<f32>(M[col2 * 256 + kk + 69504]);
    let w3 = bitcast<f32>(M[col3 * 256 + kk + 69504]);
    let w4 = bitcast<f32>(M[col4 * 256 + kk + 69504]);
    let w5 = bitcast<f32>(M[col5 * 256 + kk + 69504]);
    let w6 = bitcast<f32>(M[col6 * 256 + kk + 69504]);
    let w7 = bitcast<f32>(M[col7 * 256 + kk + 69504]);
    let w8 = bitcast<f32>(M[col8 * 256 + kk + 69504]);
    let w9 = bitcast<f32>(M[col9 * 256 + kk + 69504]);
    let w10 = bitcast<f32>(M[col10 * 256 + kk + 69504]);
    let w11 = bitcast<f32>(M[col11 * 256 + kk + 69504]);
    let w12 = bitcast<f32>(M[col12 * 256 + kk + 69504]);
    let w13 = bitcast<f32>(M[col13 * 256 + kk + 69504]);
    let w14 = bitcast<f32>(M[col14 * 256 + kk + 69504]);
    let w15 = bitcast<f32>(M[col15 * 256 + kk + 69504]);
    let x0 = bitcast<f32>(W[u.B * u.T * 275 + kk + row0 * 256 + u.B * 256]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 275 + kk + row1 * 256 + u.B * 256]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 275 + kk + row2 * 256 + u.B * 256]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 275 + kk + row3 * 256 + u.B * 256]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 275 + kk + row4 * 256 + u.B * 256]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 275 + kk + row5 * 256 + u.B * 256]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 275 + kk + row6 * 256 + u.B * 256]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 275 + kk + row7 * 256 + u.B * 256]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 275 + kk + row8 * 256 + u.B * 256]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 275 + kk + row9 * 256 + u.B * 256]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 275 + kk + row10 * 256 + u.B * 256]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 275 + kk + row11 * 256 + u.B * 256]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 275 + kk + row12 * 256 + u.B * 256]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 275 + kk + row13 * 256 + u.B * 256]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 275 + kk + row14 * 256 + u.B * 256]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 275 + kk + row15 * 256 + u.B * 256]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row0 * 16 + u.B * 128] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row1 * 16 + u.B * 128] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row2 * 16 + u.B * 128] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row3 * 16 + u.B * 128] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row4 * 16 + u.B * 128] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row5 * 16 + u.B * 128] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row6 * 16 + u.B * 128] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row7 * 16 + u.B * 128] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row8 * 16 + u.B * 128] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row9 * 16 + u.B * 128] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row10 * 16 + u.B * 128] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row11 * 16 + u.B * 128] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row12 * 16 + u.B * 128] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row13 * 16 + u.B * 128] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row14 * 16 + u.B * 128] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 19 + col0 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 19 + col1 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 19 + col2 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 19 + col3 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 19 + col4 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 19 + col5 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 19 + col6 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 19 + col7 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 19 + col8 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 19 + col9 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 19 + col10 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 19 + col11 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 19 + col12 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 19 + col13 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 19 + col14 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 19 + col15 + row15 * 16 + u.B * 128] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_41_matmul ========
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

// %106 = matmul_tn %4, %92  [16, u.B * u.T] x [u.B * u.T, 256], 16 x 16 per invocation
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = 16;
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
  let col0 = min(c0 + 0, 255);
  let col1 = min(c0 + 1, 255);
  let col2 = min(c0 + 2, 255);
  let col3 = min(c0 + 3, 255);
  let col4 = min(c0 + 4, 255);
  let col5 = min(c0 + 5, 255);
  let col6 = min(c0 + 6, 255);
  let col7 = min(c0 + 7, 255);
  let col8 = min(c0 + 8, 255);
  let col9 = min(c0 + 9, 255);
  let col10 = min(c0 + 10, 255);
  let col11 = min(c0 + 11, 255);
  let col12 = min(c0 + 12, 255);
  let col13 = min(c0 + 13, 255);
  let col14 = min(c0 + 14, 255);
  let col15 = min(c0 + 15, 255);
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
    let w0 = bitcast<f32>(W[u.B * u.T * 275 + col0 + kk * 256 + u.B * 256]);
    let w1 = bitcast<f32>(W[u.B * u.T * 275 + col1 + kk * 256 + u.B * 256]);
    let w2 = bitcast<f32>(W[u.B * u.T * 275 + col2 + kk * 256 + u.B * 256]);
    let w3 = bitcast<f32>(W[u.B * u.T * 275 + col3 + kk * 256 + u.B * 256]);
    let w4 = bitcast<f32>(W[u.B * u.T * 275 + col4 + kk * 256 + u.B * 256]);
    let w5 = bitcast<f32>(W[u.B * u.T * 275 + col5 + kk * 256 + u.B * 256]);
    let w6 = bitcast<f32>(W[u.B * u.T * 275 + col6 + kk * 256 + u.B * 256]);
    let w7 = bitcast<f32>(W[u.B * u.T * 275 + col7 + kk * 256 + u.B * 256]);
    let w8 = bitcast<f32>(W[u.B * u.T * 275 + col8 + kk * 256 + u.B * 256]);
    let w9 = bitcast<f32>(W[u.B * u.T * 275 + col9 + kk * 256 + u.B * 256]);
    let w10 = bitcast<f32>(W[u.B * u.T * 275 + col10 + kk * 256 + u.B * 256]);
    let w11 = bitcast<f32>(W[u.B * u.T * 275 + col11 + kk * 256 + u.B * 256]);
    let w12 = bitcast<f32>(W[u.B * u.T * 275 + col12 + kk * 256 + u.B * 256]);
    let w13 = bitcast<f32>(W[u.B * u.T * 275 + col13 + kk * 256 + u.B * 256]);
    let w14 = bitcast<f32>(W[u.B * u.T * 275 + col14 + kk * 256 + u.B * 256]);
    let w15 = bitcast<f32>(W[u.B * u.T * 275 + col15 + kk * 256 + u.B * 256]);
    let x0 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row0 + u.B * 128]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row1 + u.B * 128]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row2 + u.B * 128]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row3 + u.B * 128]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row4 + u.B * 128]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row5 + u.B * 128]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row6 + u.B * 128]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row7 + u.B * 128]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row8 + u.B * 128]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row9 + u.B * 128]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row10 + u.B * 128]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row11 + u.B * 128]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row12 + u.B * 128]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row13 + u.B * 128]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row14 + u.B * 128]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 3 + kk * 16 + row15 + u.B * 128]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 256) { M[col0 + row0 * 256 + 69504] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 256) { M[col1 + row0 * 256 + 69504] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 256) { M[col2 + row0 * 256 + 69504] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 256) { M[col3 + row0 * 256 + 69504] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 256) { M[col4 + row0 * 256 + 69504] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 256) { M[col5 + row0 * 256 + 69504] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 256) { M[col6 + row0 * 256 + 69504] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 256) { M[col7 + row0 * 256 + 69504] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 256) { M[col8 + row0 * 256 + 69504] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 256) { M[col9 + row0 * 256 + 69504] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 256) { M[col10 + row0 * 256 + 69504] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 256) { M[col11 + row0 * 256 + 69504] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 256) { M[col12 + row0 * 256 + 69504] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 256) { M[col13 + row0 * 256 + 69504] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 256) { M[col14 + row0 * 256 + 69504] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 256) { M[col15 + row0 * 256 + 69504] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 256) { M[col0 + row1 * 256 + 69504] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 256) { M[col1 + row1 * 256 + 69504] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 256) { M[col2 + row1 * 256 + 69504] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 256) { M[col3 + row1 * 256 + 69504] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 256) { M[col4 + row1 * 256 + 69504] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 256) { M[col5 + row1 * 256 + 69504] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 256) { M[col6 + row1 * 256 + 69504] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 256) { M[col7 + row1 * 256 + 69504] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 256) { M[col8 + row1 * 256 + 69504] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 256) { M[col9 + row1 * 256 + 69504] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 256) { M[col10 + row1 * 256 + 69504] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 256) { M[col11 + row1 * 256 + 69504] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 256) { M[col12 + row1 * 256 + 69504] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 256) { M[col13 + row1 * 256 + 69504] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 256) { M[col14 + row1 * 256 + 69504] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 256) { M[col15 + row1 * 256 + 69504] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 256) { M[col0 + row2 * 256 + 69504] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 256) { M[col1 + row2 * 256 + 69504] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 256) { M[col2 + row2 * 256 + 69504] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 256) { M[col3 + row2 * 256 + 69504] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 256) { M[col4 + row2 * 256 + 69504] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 256) { M[col5 + row2 * 256 + 69504] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 256) { M[col6 + row2 * 256 + 69504] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 256) { M[col7 + row2 * 256 + 69504] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 256) { M[col8 + row2 * 256 + 69504] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 256) { M[col9 + row2 * 256 + 69504] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 256) { M[col10 + row2 * 256 + 69504] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 256) { M[col11 + row2 * 256 + 69504] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 256) { M[col12 + row2 * 256 + 69504] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 256) { M[col13 + row2 * 256 + 69504] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 256) { M[col14 + row2 * 256 + 69504] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 256) { M[col15 + row2 * 256 + 69504] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 256) { M[col0 + row3 * 256 + 69504] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 256) { M[col1 + row3 * 256 + 69504] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 256) { M[col2 + row3 * 256 + 69504] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 256) { M[col3 + row3 * 256 + 69504] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 256) { M[col4 + row3 * 256 + 69504] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 256) { M[col5 + row3 * 256 + 69504] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 256) { M[col6 + row3 * 256 + 69504] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 256) { M[col7 + row3 * 256 + 69504] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 256) { M[col8 + row3 * 256 + 69504] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 256) { M[col9 + row3 * 256 + 69504] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 256) { M[col10 + row3 * 256 + 69504] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 256) { M[col11 + row3 * 256 + 69504] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 256) { M[col12 + row3 * 256 + 69504] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 256) { M[col13 + row3 * 256 + 69504] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 256) { M[col14 + row3 * 256 + 69504] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 256) { M[col15 + row3 * 256 + 69504] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 256) { M[col0 + row4 * 256 + 69504] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 256) { M[col1 + row4 * 256 + 69504] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 256) { M[col2 + row4 * 256 + 69504] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 256) { M[col3 + row4 * 256 + 69504] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 256) { M[col4 + row4 * 256 + 69504] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 256) { M[col5 + row4 * 256 + 69504] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 256) { M[col6 + row4 * 256 + 69504] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 256) { M[col7 + row4 * 256 + 69504] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 256) { M[col8 + row4 * 256 + 69504] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 256) { M[col9 + row4 * 256 + 69504] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 256) { M[col10 + row4 * 256 + 69504] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 256) { M[col11 + row4 * 256 + 69504] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 256) { M[col12 + row4 * 256 + 69504] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 256) { M[col13 + row4 * 256 + 69504] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 256) { M[col14 + row4 * 256 + 69504] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 256) { M[col15 + row4 * 256 + 69504] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 256) { M[col0 + row5 * 256 + 69504] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 256) { M[col1 + row5 * 256 + 69504] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 256) { M[col2 + row5 * 256 + 69504] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 256) { M[col3 + row5 * 256 + 69504] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 256) { M[col4 + row5 * 256 + 69504] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 256) { M[col5 + row5 * 256 + 69504] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 256) { M[col6 + row5 * 256 + 69504] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 256) { M[col7 + row5 * 256 + 69504] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 256) { M[col8 + row5 * 256 + 69504] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 256) { M[col9 + row5 * 256 + 69504] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 256) { M[col10 + row5 * 256 + 69504] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 256) { M[col11 + row5 * 256 + 69504] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 256) { M[col12 + row5 * 256 + 69504] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 256) { M[col13 + row5 * 256 + 69504] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 256) { M[col14 + row5 * 256 + 69504] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 256) { M[col15 + row5 * 256 + 69504] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 256) { M[col0 + row6 * 256 + 69504] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 256) { M[col1 + row6 * 256 + 69504] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 256) { M[col2 + row6 * 256 + 69504] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 256) { M[col3 + row6 * 256 + 69504] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 256) { M[col4 + row6 * 256 + 69504] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 256) { M[col5 + row6 * 256 + 69504] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 256) { M[col6 + row6 * 256 + 69504] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 256) { M[col7 + row6 * 256 + 69504] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 256) { M[col8 + row6 * 256 + 69504] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 256) { M[col9 + row6 * 256 + 69504] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 256) { M[col10 + row6 * 256 + 69504] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 256) { M[col11 + row6 * 256 + 69504] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 256) { M[col12 + row6 * 256 + 69504] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 256) { M[col13 + row6 * 256 + 69504] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 256) { M[col14 + row6 * 256 + 69504] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 256) { M[col15 + row6 * 256 + 69504] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 256) { M[col0 + row7 * 256 + 69504] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 256) { M[col1 + row7 * 256 + 69504] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 256) { M[col2 + row7 * 256 + 69504] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 256) { M[col3 + row7 * 256 + 69504] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 256) { M[col4 + row7 * 256 + 69504] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 256) { M[col5 + row7 * 256 + 69504] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 256) { M[col6 + row7 * 256 + 69504] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 256) { M[col7 + row7 * 256 + 69504] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 256) { M[col8 + row7 * 256 + 69504] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 256) { M[col9 + row7 * 256 + 69504] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 256) { M[col10 + row7 * 256 + 69504] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 256) { M[col11 + row7 * 256 + 69504] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 256) { M[col12 + row7 * 256 + 69504] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 256) { M[col13 + row7 * 256 + 69504] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 256) { M[col14 + row7 * 256 + 69504] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 256) { M[col15 + row7 * 256 + 69504] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 256) { M[col0 + row8 * 256 + 69504] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 256) { M[col1 + row8 * 256 + 69504] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 256) { M[col2 + row8 * 256 + 69504] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 256) { M[col3 + row8 * 256 + 69504] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 256) { M[col4 + row8 * 256 + 69504] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 256) { M[col5 + row8 * 256 + 69504] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 256) { M[col6 + row8 * 256 + 69504] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 256) { M[col7 + row8 * 256 + 69504] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 256) { M[col8 + row8 * 256 + 69504] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 256) { M[col9 + row8 * 256 + 69504] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 256) { M[col10 + row8 * 256 + 69504] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 256) { M[col11 + row8 * 256 + 69504] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 256) { M[col12 + row8 * 256 + 69504] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 256) { M[col13 + row8 * 256 + 69504] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 256) { M[col14 + row8 * 256 + 69504] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 256) { M[col15 + row8 * 256 + 69504] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 256) { M[col0 + row9 * 256 + 69504] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 256) { M[col1 + row9 * 256 + 69504] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 256) { M[col2 + row9 * 256 + 69504] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 256) { M[col3 + row9 * 256 + 69504] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 256) { M[col4 + row9 * 256 + 69504] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 256) { M[col5 + row9 * 256 + 69504] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 256) { M[col6 + row9 * 256 + 69504] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 256) { M[col7 + row9 * 256 + 69504] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 256) { M[col8 + row9 * 256 + 69504] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 256) { M[col9 + row9 * 256 + 69504] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 256) { M[col10 + row9 * 256 + 69504] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 256) { M[col11 + row9 * 256 + 69504] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 256) { M[col12 + row9 * 256 + 69504] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 256) { M[col13 + row9 * 256 + 69504] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 256) { M[col14 + row9 * 256 + 69504] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 256) { M[col15 + row9 * 256 + 69504] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 256) { M[col0 + row10 * 256 + 69504] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 256) { M[col1 + row10 * 256 + 69504] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 256) { M[col2 + row10 * 256 + 69504] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 256) { M[col3 + row10 * 256 + 69504] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 256) { M[col4 + row10 * 256 + 69504] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 256) { M[col5 + row10 * 256 + 69504] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 256) { M[col6 + row10 * 256 + 69504] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 256) { M[col7 + row10 * 256 + 69504] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 256) { M[col8 + row10 * 256 + 69504] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 256) { M[col9 + row10 * 256 + 69504] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 256) { M[col10 + row10 * 256 + 69504] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 256) { M[col11 + row10 * 256 + 69504] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 256) { M[col12 + row10 * 256 + 69504] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 256) { M[col13 + row10 * 256 + 69504] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 256) { M[col14 + row10 * 256 + 69504] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 256) { M[col15 + row10 * 256 + 69504] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 256) { M[col0 + row11 * 256 + 69504] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 256) { M[col1 + row11 * 256 + 69504] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 256) { M[col2 + row11 * 256 + 69504] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 256) { M[col3 + row11 * 256 + 69504] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 256) { M[col4 + row11 * 256 + 69504] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 256) { M[col5 + row11 * 256 + 69504] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 256) { M[col6 + row11 * 256 + 69504] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 256) { M[col7 + row11 * 256 + 69504] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 256) { M[col8 + row11 * 256 + 69504] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 256) { M[col9 + row11 * 256 + 69504] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 256) { M[col10 + row11 * 256 + 69504] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 256) { M[col11 + row11 * 256 + 69504] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 256) { M[col12 + row11 * 256 + 69504] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 256) { M[col13 + row11 * 256 + 69504] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 256) { M[col14 + row11 * 256 + 69504] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 256) { M[col15 + row11 * 256 + 69504] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 256) { M[col0 + row12 * 256 + 69504] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 256) { M[col1 + row12 * 256 + 69504] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 256) { M[col2 + row12 * 256 + 69504] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 256) { M[col3 + row12 * 256 + 69504] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 256) { M[col4 + row12 * 256 + 69504] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 256) { M[col5 + row12 * 256 + 69504] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 256) { M[col6 + row12 * 256 + 69504] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 256) { M[col7 + row12 * 256 + 69504] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 256) { M[col8 + row12 * 256 + 69504] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 256) { M[col9 + row12 * 256 + 69504] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 256) { M[col10 + row12 * 256 + 69504] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 256) { M[col11 + row12 * 256 + 69504] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 256) { M[col12 + row12 * 256 + 69504] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 256) { M[col13 + row12 * 256 + 69504] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 256) { M[col14 + row12 * 256 + 69504] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 256) { M[col15 + row12 * 256 + 69504] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 256) { M[col0 + row13 * 256 + 69504] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 256) { M[col1 + row13 * 256 + 69504] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 256) { M[col2 + row13 * 256 + 69504] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 256) { M[col3 + row13 * 256 + 69504] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 256) { M[col4 + row13 * 256 + 69504] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 256) { M[col5 + row13 * 256 + 69504] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 256) { M[col6 + row13 * 256 + 69504] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 256) { M[col7 + row13 * 256 + 69504] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 256) { M[col8 + row13 * 256 + 69504] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 256) { M[col9 + row13 * 256 + 69504] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 256) { M[col10 + row13 * 256 + 69504] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 256) { M[col11 + row13 * 256 + 69504] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 256) { M[col12 + row13 * 256 + 69504] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 256) { M[col13 + row13 * 256 + 69504] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 256) { M[col14 + row13 * 256 + 69504] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 256) { M[col15 + row13 * 256 + 69504] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 256) { M[col0 + row14 * 256 + 69504] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 256) { M[col1 + row14 * 256 + 69504] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 256) { M[col2 + row14 * 256 + 69504] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 256) { M[col3 + row14 * 256 + 69504] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 256) { M[col4 + row14 * 256 + 69504] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 256) { M[col5 + row14 * 256 + 69504] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 256) { M[col6 + row14 * 256 + 69504] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 256) { M[col7 + row14 * 256 + 69504] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 256) { M[col8 + row14 * 256 + 69504] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 256) { M[col9 + row14 * 256 + 69504] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 256) { M[col10 + row14 * 256 + 69504] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 256) { M[col11 + row14 * 256 + 69504] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 256) { M[col12 + row14 * 256 + 69504] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 256) { M[col13 + row14 * 256 + 69504] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 256) { M[col14 + row14 * 256 + 69504] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 256) { M[col15 + row14 * 256 + 69504] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 256) { M[col0 + row15 * 256 + 69504] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 256) { M[col1 + row15 * 256 + 69504] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 256) { M[col2 + row15 * 256 + 69504] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 256) { M[col3 + row15 * 256 + 69504] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 256) { M[col4 + row15 * 256 + 69504] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 256) { M[col5 + row15 * 256 + 69504] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 256) { M[col6 + row15 * 256 + 69504] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 256) { M[col7 + row15 * 256 + 69504] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 256) { M[col8 + row15 * 256 + 69504] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 256) { M[col9 + row15 * 256 + 69504] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 256) { M[col10 + row15 * 256 + 69504] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 256) { M[col11 + row15 * 256 + 69504] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 256) { M[col12 + row15 * 256 + 69504] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 256) { M[col13 + row15 * 256 + 69504] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 256) { M[col14 + row15 * 256 + 69504] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 256) { M[col15 + row15 * 256 + 69504] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel runTrain_42_scatter_add ========
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

// %111 = scatter_add %0, %105 vocab=30  scatter_add into [30, 16]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 480) { return; }
  let d = gid % 16;
  let v = gid / 16;
  var acc = 0.0f;
  for (var q = 0; q < u.B * u.T; q++) {
    var r_ = q;
    let i1 = r_ % (u.T);
    r_ = r_ / (u.T);
    let i0 = r_;
    if (bitcast<i32>(W[i0 * u.T + i1 + u.B * 128]) == v) {
      acc = acc + bitcast<f32>(W[i0 * u.T * 16 + u.B * u.T * 19 + d + i1 * 16 + u.B * 128]);
    }
  }
  M[d + v * 16 + 108328] = bitcast<u32>(acc);
}

// ======== kernel runTrain_43_fused ========
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

// fused elementwise kernel (4 kernels)  [16, 64]
//   output 'grad.lstm.W_i' = %107
//   output 'grad.lstm.W_f' = %108
//   output 'grad.lstm.W_c' = %109
//   output 'grad.lstm.W_o' = %110
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1024) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 256 + i1 + 69504]);
  let v1 = bitcast<f32>(M[i0 * 256 + i1 + 69568]);
  let v2 = bitcast<f32>(M[i0 * 256 + i1 + 69632]);
  let v3 = bitcast<f32>(M[i0 * 256 + i1 + 69696]);
  M[i0 * 64 + i1 + 108808] = bitcast<u32>(v0);
  M[i0 * 64 + i1 + 109832] = bitcast<u32>(v1);
  M[i0 * 64 + i1 + 110856] = bitcast<u32>(v2);
  M[i0 * 64 + i1 + 111880] = bitcast<u32>(v3);
}

// ======== kernel runTrain_44_fused ========
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

// fused elementwise kernel (8 kernels)  [64, 64]
//   output 'grad.lstm.U_i' = %101
//   output 'grad.lstm.U_f' = %102
//   output 'grad.lstm.U_c' = %103
//   output 'grad.lstm.U_o' = %104
//   output 'grad.lstm.b_i' = %96
//   output 'grad.lstm.b_f' = %97
//   output 'grad.lstm.b_c' = %98
//   output 'grad.lstm.b_o' = %99
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 4096) { return; }
  var r_ = gid;
  let i1 = r_ % (64);
  r_ = r_ / (64);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 256 + i1 + 89984]);
  let v1 = bitcast<f32>(M[i0 * 256 + i1 + 90048]);
  let v2 = bitcast<f32>(M[i0 * 256 + i1 + 90112]);
  let v3 = bitcast<f32>(M[i0 * 256 + i1 + 90176]);
  let v4 = bitcast<f32>(M[i0 + 73600]);
  let v5 = bitcast<f32>(M[i0 + 73664]);
  let v6 = bitcast<f32>(M[i0 + 73728]);
  let v7 = bitcast<f32>(M[i0 + 73792]);
  M[i0 * 64 + i1 + 112904] = bitcast<u32>(v0);
  M[i0 * 64 + i1 + 117000] = bitcast<u32>(v1);
  M[i0 * 64 + i1 + 121096] = bitcast<u32>(v2);
  M[i0 * 64 + i1 + 125192] = bitcast<u32>(v3);
  M[i0 + 129288] = bitcast<u32>(v4);
  M[i0 + 129352] = bitcast<u32>(v5);
  M[i0 + 129416] = bitcast<u32>(v6);
  M[i0 + 129480] = bitcast<u32>(v7);
}

// ======== kernel runTrain_45_fused ========
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

// fused elementwise kernel (2 kernels)  [u.B, 64]
//   state 'lstm.h' = %22
//   state 'lstm.c' = %23
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 64) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(W[u.B * u.T * 275 + i0 + u.B * 128]);
  let v1 = bitcast<f32>(W[u.B * u.T * 275 + i0 + u.B * 192]);
  W[i0] = bitcast<u32>(v0);
  W[i0 + u.B * 64] = bitcast<u32>(v1);
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

// sum of squares of grad.emb.E  reduce_sum over 480
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 480; i1++) {
    let v0 = bitcast<f32>(M[i0 * 480 + i1 + 108328]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129544] = bitcast<u32>(acc);
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
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 108808]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129545] = bitcast<u32>(acc);
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
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 109832]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129546] = bitcast<u32>(acc);
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
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 110856]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129547] = bitcast<u32>(acc);
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
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 111880]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129548] = bitcast<u32>(acc);
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
  if (gid >= 4) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 112904]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129549] = bitcast<u32>(acc);
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
  if (gid >= 4) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 117000]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129553] = bitcast<u32>(acc);
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
  if (gid >= 4) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 121096]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129557] = bitcast<u32>(acc);
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
  if (gid >= 4) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 1024; i1++) {
    let v0 = bitcast<f32>(M[i0 * 1024 + i1 + 125192]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129561] = bitcast<u32>(acc);
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

// sum of squares of grad.lstm.b_i  reduce_sum over 64
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 64; i1++) {
    let v0 = bitcast<f32>(M[i0 * 64 + i1 + 129288]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129565] = bitcast<u32>(acc);
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

// sum of squares of grad.lstm.b_f  reduce_sum over 64
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 64; i1++) {
    let v0 = bitcast<f32>(M[i0 * 64 + i1 + 129352]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129566] = bitcast<u32>(acc);
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

// sum of squares of grad.lstm.b_c  reduce_sum over 64
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 64; i1++) {
    let v0 = bitcast<f32>(M[i0 * 64 + i1 + 129416]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129567] = bitcast<u32>(acc);
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

// sum of squares of grad.lstm.b_o  reduce_sum over 64
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 64; i1++) {
    let v0 = bitcast<f32>(M[i0 * 64 + i1 + 129480]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129568] = bitcast<u32>(acc);
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

// sum of squares of grad.out.W  reduce_sum over 960
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 2) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 960; i1++) {
    let v0 = bitcast<f32>(M[i0 * 960 + i1 + 106408]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129569] = bitcast<u32>(acc);
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

// sum of squares of grad.out.b  reduce_sum over 30
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  let i0 = gid;
  var acc = 0.0f;
  for (var i1 = 0; i1 < 30; i1++) {
    let v0 = bitcast<f32>(M[i0 * 30 + i1 + 106376]);
    let v1 = v0 * v0;
    acc = acc + v1;
  }
  M[i0 + 129571] = bitcast<u32>(acc);
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

// global sum of squares  reduce_sum over 28
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1) { return; }
  var acc = 0.0f;
  for (var i0 = 0; i0 < 28; i0++) {
    let v0 = bitcast<f32>(M[i0 + 129544]);
    acc = acc + v0;
  }
  M[129572] = bitcast<u32>(acc);
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
  let v0 = bitcast<f32>(M[129572]);
  let v1 = sqrt(v0);
  let v2 = v1 + 9.999999974752427e-7f;
  let v3 = 5.0f / v2;
  let v4 = abs(v1);
  let v5 = v4 <= 3.4028234663852886e+38f;
  let v6 = v3 < 1.0f;
  let v7 = select(1.0f, v3, v6);
  let v8 = select(1.0f, v7, v5);
  M[129576] = bitcast<u32>(v1);
  M[129580] = bitcast<u32>(v8);
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

// adam update of emb.E  [480]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 480) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0]);
  let v1 = bitcast<f32>(M[i0 + 108328]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 23168]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 46334]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 23168]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 46334]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0]);
  let v30 = select(v29, v28, v15);
  M[i0 + 23168] = bitcast<u32>(v17);
  M[i0 + 46334] = bitcast<u32>(v19);
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
  let v0 = bitcast<f32>(M[i0 + 480]);
  let v1 = bitcast<f32>(M[i0 + 108808]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 23648]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 46814]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 23648]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 46814]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 480]);
  let v30 = select(v29, v28, v15);
  M[i0 + 23648] = bitcast<u32>(v17);
  M[i0 + 46814] = bitcast<u32>(v19);
  M[i0 + 480] = bitcast<u32>(v30);
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
  let v0 = bitcast<f32>(M[i0 + 1504]);
  let v1 = bitcast<f32>(M[i0 + 109832]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 24672]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 47838]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 24672]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 47838]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 1504]);
  let v30 = select(v29, v28, v15);
  M[i0 + 24672] = bitcast<u32>(v17);
  M[i0 + 47838] = bitcast<u32>(v19);
  M[i0 + 1504] = bitcast<u32>(v30);
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
  let v0 = bitcast<f32>(M[i0 + 2528]);
  let v1 = bitcast<f32>(M[i0 + 110856]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 25696]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 48862]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 25696]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 48862]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 2528]);
  let v30 = select(v29, v28, v15);
  M[i0 + 25696] = bitcast<u32>(v17);
  M[i0 + 48862] = bitcast<u32>(v19);
  M[i0 + 2528] = bitcast<u32>(v30);
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
  let v0 = bitcast<f32>(M[i0 + 3552]);
  let v1 = bitcast<f32>(M[i0 + 111880]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 26720]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 49886]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 26720]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 49886]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 3552]);
  let v30 = select(v29, v28, v15);
  M[i0 + 26720] = bitcast<u32>(v17);
  M[i0 + 49886] = bitcast<u32>(v19);
  M[i0 + 3552] = bitcast<u32>(v30);
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

// adam update of lstm.U_i  [4096]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 4096) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 4576]);
  let v1 = bitcast<f32>(M[i0 + 112904]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 27744]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 50910]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 27744]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 50910]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 4576]);
  let v30 = select(v29, v28, v15);
  M[i0 + 27744] = bitcast<u32>(v17);
  M[i0 + 50910] = bitcast<u32>(v19);
  M[i0 + 4576] = bitcast<u32>(v30);
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

// adam update of lstm.U_f  [4096]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 4096) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 8672]);
  let v1 = bitcast<f32>(M[i0 + 117000]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 31840]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 55006]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 31840]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 55006]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 8672]);
  let v30 = select(v29, v28, v15);
  M[i0 + 31840] = bitcast<u32>(v17);
  M[i0 + 55006] = bitcast<u32>(v19);
  M[i0 + 8672] = bitcast<u32>(v30);
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

// adam update of lstm.U_c  [4096]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 4096) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 12768]);
  let v1 = bitcast<f32>(M[i0 + 121096]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 35936]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 59102]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 35936]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 59102]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 12768]);
  let v30 = select(v29, v28, v15);
  M[i0 + 35936] = bitcast<u32>(v17);
  M[i0 + 59102] = bitcast<u32>(v19);
  M[i0 + 12768] = bitcast<u32>(v30);
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

// adam update of lstm.U_o  [4096]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 4096) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 16864]);
  let v1 = bitcast<f32>(M[i0 + 125192]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 40032]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 63198]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 40032]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 63198]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 16864]);
  let v30 = select(v29, v28, v15);
  M[i0 + 40032] = bitcast<u32>(v17);
  M[i0 + 63198] = bitcast<u32>(v19);
  M[i0 + 16864] = bitcast<u32>(v30);
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

// adam update of lstm.b_i  [64]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 64) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 20960]);
  let v1 = bitcast<f32>(M[i0 + 129288]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 44128]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 67294]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 44128]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 67294]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 20960]);
  let v30 = select(v29, v28, v15);
  M[i0 + 44128] = bitcast<u32>(v17);
  M[i0 + 67294] = bitcast<u32>(v19);
  M[i0 + 20960] = bitcast<u32>(v30);
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

// adam update of lstm.b_f  [64]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 64) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 21024]);
  let v1 = bitcast<f32>(M[i0 + 129352]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 44192]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 67358]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 44192]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 67358]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 21024]);
  let v30 = select(v29, v28, v15);
  M[i0 + 44192] = bitcast<u32>(v17);
  M[i0 + 67358] = bitcast<u32>(v19);
  M[i0 + 21024] = bitcast<u32>(v30);
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

// adam update of lstm.b_c  [64]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 64) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 21088]);
  let v1 = bitcast<f32>(M[i0 + 129416]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 44256]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 67422]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 44256]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 67422]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 21088]);
  let v30 = select(v29, v28, v15);
  M[i0 + 44256] = bitcast<u32>(v17);
  M[i0 + 67422] = bitcast<u32>(v19);
  M[i0 + 21088] = bitcast<u32>(v30);
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

// adam update of lstm.b_o  [64]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 64) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 21152]);
  let v1 = bitcast<f32>(M[i0 + 129480]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 44320]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 67486]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 44320]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 67486]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 21152]);
  let v30 = select(v29, v28, v15);
  M[i0 + 44320] = bitcast<u32>(v17);
  M[i0 + 67486] = bitcast<u32>(v19);
  M[i0 + 21152] = bitcast<u32>(v30);
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

// adam update of out.W  [1920]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 1920) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 21216]);
  let v1 = bitcast<f32>(M[i0 + 106408]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 44384]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 67550]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 44384]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 67550]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 21216]);
  let v30 = select(v29, v28, v15);
  M[i0 + 44384] = bitcast<u32>(v17);
  M[i0 + 67550] = bitcast<u32>(v19);
  M[i0 + 21216] = bitcast<u32>(v30);
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

// adam update of out.b  [30]
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 30) { return; }
  let i0 = gid;
  let v0 = bitcast<f32>(M[i0 + 23136]);
  let v1 = bitcast<f32>(M[i0 + 106376]);
  let v2 = bitcast<f32>(M[129580]);
  let v3 = v1 * v2;
  let v4 = bitcast<f32>(M[i0 + 46304]);
  let v5 = v4 * 0.8999999761581421f;
  let v6 = 0.10000000149011612f * v3;
  let v7 = v5 + v6;
  let v8 = bitcast<f32>(M[i0 + 69470]);
  let v9 = v8 * 0.9990000128746033f;
  let v10 = 0.0010000000474974513f * v3;
  let v11 = v10 * v3;
  let v12 = v9 + v11;
  let v13 = bitcast<f32>(M[106372]);
  let v14 = abs(v13);
  let v15 = v14 <= 3.4028234663852886e+38f;
  let v16 = bitcast<f32>(M[i0 + 46304]);
  let v17 = select(v16, v7, v15);
  let v18 = bitcast<f32>(M[i0 + 69470]);
  let v19 = select(v18, v12, v15);
  let v20 = bitcast<f32>(M[69501]);
  let v21 = (-(v20));
  let v22 = v21 * v7;
  let v23 = sqrt(v12);
  let v24 = bitcast<f32>(M[69502]);
  let v25 = v23 / v24;
  let v26 = v25 + 9.99999993922529e-9f;
  let v27 = v22 / v26;
  let v28 = v0 + v27;
  let v29 = bitcast<f32>(M[i0 + 23136]);
  let v30 = select(v29, v28, v15);
  M[i0 + 46304] = bitcast<u32>(v17);
  M[i0 + 69470] = bitcast<u32>(v19);
  M[i0 + 23136] = bitcast<u32>(v30);
}
