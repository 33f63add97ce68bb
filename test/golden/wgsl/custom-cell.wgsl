// ======== kernel run_0_fused ========
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

// fused elementwise kernel (6 kernels)  [8, 16]
//   %11 = concat %1, %2, %3 axis=1 (piece 1/3)
//   %11 = concat %1, %2, %3 axis=1 (piece 2/3)
//   %11 = concat %1, %2, %3 axis=1 (piece 3/3)
//   %25 = concat %16, %17, %18 axis=1 (piece 1/3)
//   %25 = concat %16, %17, %18 axis=1 (piece 2/3)
//   %25 = concat %16, %17, %18 axis=1 (piece 3/3)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 128) { return; }
  var r_ = gid;
  let i1 = r_ % (16);
  r_ = r_ / (16);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 16 + i1]);
  let v1 = bitcast<f32>(M[i0 * 16 + i1 + 128]);
  let v2 = bitcast<f32>(M[i0 * 16 + i1 + 256]);
  let v3 = bitcast<f32>(M[i0 * 16 + i1 + 1200]);
  let v4 = bitcast<f32>(M[i0 * 16 + i1 + 1328]);
  let v5 = bitcast<f32>(M[i0 * 16 + i1 + 1456]);
  M[i0 * 48 + i1 + 2400] = bitcast<u32>(v0);
  M[i0 * 48 + i1 + 2416] = bitcast<u32>(v1);
  M[i0 * 48 + i1 + 2432] = bitcast<u32>(v2);
  M[i0 * 48 + i1 + 2912] = bitcast<u32>(v3);
  M[i0 * 48 + i1 + 2928] = bitcast<u32>(v4);
  M[i0 * 48 + i1 + 2944] = bitcast<u32>(v5);
}

// ======== kernel run_1_matmul ========
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

// %12 = matmul %0, %11  [u.B * u.T, 8] x [8, 48], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 8;
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
  let quad0 = min(c0 + 0, 44);
  let quad1 = min(c0 + 4, 44);
  let quad2 = min(c0 + 8, 44);
  let quad3 = min(c0 + 12, 44);
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
    let q0 = bitcast<vec4f>(M[(kk * 48 + quad0 + 2400) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 48 + quad1 + 2400) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 48 + quad2 + 2400) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 48 + quad3 + 2400) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[kk + row0 * 8]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[kk + row1 * 8]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[kk + row2 * 8]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[kk + row3 * 8]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[kk + row4 * 8]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[kk + row5 * 8]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[kk + row6 * 8]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[kk + row7 * 8]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[kk + row8 * 8]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[kk + row9 * 8]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[kk + row10 * 8]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[kk + row11 * 8]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[kk + row12 * 8]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[kk + row13 * 8]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[kk + row14 * 8]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[kk + row15 * 8]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row0 * 48] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row0 * 48] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row0 * 48] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row0 * 48] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row0 * 48] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row0 * 48] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row0 * 48] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row0 * 48] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row0 * 48] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row0 * 48] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row0 * 48] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row0 * 48] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row0 * 48] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row0 * 48] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row0 * 48] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row0 * 48] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row1 * 48] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row1 * 48] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row1 * 48] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row1 * 48] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row1 * 48] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row1 * 48] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row1 * 48] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row1 * 48] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row1 * 48] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row1 * 48] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row1 * 48] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row1 * 48] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row1 * 48] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row1 * 48] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row1 * 48] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row1 * 48] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row2 * 48] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row2 * 48] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row2 * 48] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row2 * 48] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row2 * 48] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row2 * 48] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row2 * 48] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row2 * 48] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row2 * 48] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row2 * 48] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row2 * 48] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row2 * 48] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row2 * 48] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row2 * 48] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row2 * 48] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row2 * 48] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row3 * 48] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row3 * 48] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row3 * 48] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row3 * 48] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row3 * 48] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row3 * 48] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row3 * 48] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row3 * 48] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row3 * 48] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row3 * 48] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row3 * 48] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row3 * 48] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row3 * 48] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row3 * 48] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row3 * 48] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row3 * 48] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row4 * 48] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row4 * 48] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row4 * 48] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row4 * 48] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row4 * 48] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row4 * 48] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row4 * 48] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row4 * 48] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row4 * 48] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row4 * 48] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row4 * 48] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row4 * 48] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row4 * 48] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row4 * 48] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row4 * 48] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row4 * 48] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row5 * 48] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row5 * 48] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row5 * 48] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row5 * 48] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row5 * 48] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row5 * 48] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row5 * 48] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row5 * 48] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row5 * 48] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row5 * 48] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row5 * 48] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row5 * 48] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row5 * 48] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row5 * 48] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row5 * 48] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row5 * 48] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row6 * 48] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row6 * 48] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row6 * 48] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row6 * 48] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row6 * 48] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row6 * 48] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row6 * 48] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row6 * 48] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row6 * 48] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row6 * 48] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row6 * 48] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row6 * 48] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row6 * 48] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row6 * 48] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row6 * 48] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row6 * 48] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row7 * 48] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row7 * 48] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row7 * 48] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row7 * 48] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row7 * 48] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row7 * 48] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row7 * 48] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row7 * 48] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row7 * 48] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row7 * 48] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row7 * 48] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row7 * 48] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row7 * 48] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row7 * 48] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row7 * 48] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row7 * 48] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row8 * 48] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row8 * 48] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row8 * 48] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row8 * 48] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row8 * 48] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row8 * 48] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row8 * 48] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row8 * 48] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row8 * 48] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row8 * 48] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row8 * 48] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row8 * 48] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row8 * 48] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row8 * 48] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row8 * 48] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row8 * 48] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row9 * 48] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row9 * 48] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row9 * 48] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row9 * 48] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row9 * 48] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row9 * 48] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row9 * 48] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row9 * 48] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row9 * 48] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row9 * 48] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row9 * 48] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row9 * 48] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row9 * 48] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row9 * 48] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row9 * 48] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row9 * 48] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row10 * 48] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row10 * 48] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row10 * 48] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row10 * 48] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row10 * 48] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row10 * 48] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row10 * 48] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row10 * 48] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row10 * 48] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row10 * 48] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row10 * 48] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row10 * 48] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row10 * 48] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row10 * 48] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row10 * 48] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row10 * 48] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row11 * 48] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row11 * 48] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row11 * 48] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row11 * 48] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row11 * 48] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row11 * 48] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row11 * 48] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row11 * 48] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row11 * 48] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row11 * 48] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row11 * 48] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row11 * 48] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row11 * 48] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row11 * 48] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row11 * 48] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row11 * 48] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row12 * 48] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row12 * 48] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row12 * 48] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row12 * 48] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row12 * 48] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row12 * 48] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row12 * 48] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row12 * 48] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row12 * 48] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row12 * 48] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row12 * 48] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row12 * 48] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row12 * 48] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row12 * 48] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row12 * 48] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row12 * 48] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row13 * 48] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row13 * 48] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row13 * 48] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row13 * 48] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row13 * 48] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row13 * 48] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row13 * 48] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row13 * 48] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row13 * 48] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row13 * 48] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row13 * 48] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row13 * 48] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row13 * 48] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row13 * 48] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row13 * 48] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row13 * 48] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row14 * 48] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row14 * 48] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row14 * 48] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row14 * 48] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row14 * 48] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row14 * 48] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row14 * 48] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row14 * 48] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row14 * 48] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row14 * 48] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row14 * 48] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row14 * 48] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row14 * 48] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row14 * 48] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row14 * 48] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row14 * 48] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row15 * 48] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row15 * 48] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row15 * 48] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row15 * 48] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row15 * 48] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row15 * 48] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row15 * 48] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row15 * 48] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row15 * 48] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row15 * 48] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row15 * 48] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row15 * 48] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row15 * 48] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row15 * 48] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row15 * 48] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row15 * 48] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_2_fused ========
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

// fused elementwise kernel (5 kernels)  [16, 16]
//   %13 = concat %4, %5 axis=1 (piece 1/2)
//   %13 = concat %4, %5 axis=1 (piece 2/2)
//   %27 = concat %19, %20, %21 axis=1 (piece 1/3)
//   %27 = concat %19, %20, %21 axis=1 (piece 2/3)
//   %27 = concat %19, %20, %21 axis=1 (piece 3/3)
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= 256) { return; }
  var r_ = gid;
  let i1 = r_ % (16);
  r_ = r_ / (16);
  let i0 = r_;
  let v0 = bitcast<f32>(M[i0 * 16 + i1 + 384]);
  let v1 = bitcast<f32>(M[i0 * 16 + i1 + 640]);
  let v2 = bitcast<f32>(M[i0 * 16 + i1 + 1584]);
  let v3 = bitcast<f32>(M[i0 * 16 + i1 + 1840]);
  let v4 = bitcast<f32>(M[i0 * 16 + i1 + 2096]);
  M[i0 * 32 + i1 + 2400] = bitcast<u32>(v0);
  M[i0 * 32 + i1 + 2416] = bitcast<u32>(v1);
  M[i0 * 48 + i1 + 3296] = bitcast<u32>(v2);
  M[i0 * 48 + i1 + 3312] = bitcast<u32>(v3);
  M[i0 * 48 + i1 + 3328] = bitcast<u32>(v4);
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

// fused elementwise kernel (2 kernels)  [u.B, 16]
//   %14 = scan: init carry 'h'
//   %28 = scan: init carry 'h'
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 16) { return; }
  let i0 = gid;
  W[u.B * u.T * 56 + i0] = bitcast<u32>(0.0f);
  W[u.B * u.T * 72 + i0 + u.B * 128] = bitcast<u32>(0.0f);
}

// ======== kernel run_4_matmul ========
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

// scan %14 body: %10 = matmul %0, %6  [u.B, 16] x [16, 32], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
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
  let quad0 = min(c0 + 0, 28);
  let quad1 = min(c0 + 4, 28);
  let quad2 = min(c0 + 8, 28);
  let quad3 = min(c0 + 12, 28);
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
    let q0 = bitcast<vec4f>(M[(kk * 32 + quad0 + 2400) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 32 + quad1 + 2400) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 32 + quad2 + 2400) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 32 + quad3 + 2400) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 56 + kk + row0 * 16]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 56 + kk + row1 * 16]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 56 + kk + row2 * 16]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 56 + kk + row3 * 16]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 56 + kk + row4 * 16]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 56 + kk + row5 * 16]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 56 + kk + row6 * 16]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 56 + kk + row7 * 16]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 56 + kk + row8 * 16]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 56 + kk + row9 * 16]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 56 + kk + row10 * 16]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 56 + kk + row11 * 16]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 56 + kk + row12 * 16]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 56 + kk + row13 * 16]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 56 + kk + row14 * 16]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 56 + kk + row15 * 16]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row0 * 32 + u.B * 48] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row1 * 32 + u.B * 48] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row2 * 32 + u.B * 48] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row3 * 32 + u.B * 48] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row4 * 32 + u.B * 48] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row5 * 32 + u.B * 48] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row6 * 32 + u.B * 48] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row7 * 32 + u.B * 48] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row8 * 32 + u.B * 48] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row9 * 32 + u.B * 48] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row10 * 32 + u.B * 48] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row11 * 32 + u.B * 48] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row12 * 32 + u.B * 48] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row13 * 32 + u.B * 48] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row14 * 32 + u.B * 48] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 32) { W[u.B * u.T * 72 + (quad0 + 0) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 32) { W[u.B * u.T * 72 + (quad0 + 1) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 32) { W[u.B * u.T * 72 + (quad0 + 2) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 32) { W[u.B * u.T * 72 + (quad0 + 3) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 32) { W[u.B * u.T * 72 + (quad1 + 0) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 32) { W[u.B * u.T * 72 + (quad1 + 1) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 32) { W[u.B * u.T * 72 + (quad1 + 2) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 32) { W[u.B * u.T * 72 + (quad1 + 3) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 32) { W[u.B * u.T * 72 + (quad2 + 0) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 32) { W[u.B * u.T * 72 + (quad2 + 1) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 32) { W[u.B * u.T * 72 + (quad2 + 2) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 32) { W[u.B * u.T * 72 + (quad2 + 3) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 32) { W[u.B * u.T * 72 + (quad3 + 0) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 32) { W[u.B * u.T * 72 + (quad3 + 1) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 32) { W[u.B * u.T * 72 + (quad3 + 2) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 32) { W[u.B * u.T * 72 + (quad3 + 3) + row15 * 32 + u.B * 48] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_5_fused ========
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

// fused elementwise kernel (10 kernels)  [u.B, 16]
//   scan %14 body: %13 = add %7, %11
//   scan %14 body: %14 = add %13, %2
//   scan %14 body: %15 = sigmoid %14
//   scan %14 body: %16 = add %8, %12
//   scan %14 body: %17 = add %16, %3
//   scan %14 body: %18 = sigmoid %17
//   scan %14 body: %19 = mul %18, %0
//   scan %14 body: %24 = mul %15, %0
//   scan %14 body: %25 = neg %15
//   scan %14 body: %27 = add %25, %26
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 16) { return; }
  var r_ = gid;
  let i1 = r_ % (16);
  r_ = r_ / (16);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 56 + i0 * 16 + i1]);
  let v1 = bitcast<f32>(W[i0 * u.T * 48 + u.B * u.T * 8 + i1 + u.l0 * 48]);
  let v2 = bitcast<f32>(W[u.B * u.T * 72 + i0 * 32 + i1 + u.B * 48]);
  let v3 = v1 + v2;
  let v4 = bitcast<f32>(M[i1 + 1152]);
  let v5 = v3 + v4;
  let v6 = (1.0f / (1.0f + exp(-(v5))));
  let v7 = bitcast<f32>(W[i0 * u.T * 48 + u.B * u.T * 8 + i1 + u.l0 * 48 + 16]);
  let v8 = bitcast<f32>(W[u.B * u.T * 72 + i0 * 32 + i1 + u.B * 48 + 16]);
  let v9 = v7 + v8;
  let v10 = bitcast<f32>(M[i1 + 1168]);
  let v11 = v9 + v10;
  let v12 = (1.0f / (1.0f + exp(-(v11))));
  let v13 = v12 * v0;
  let v14 = v6 * v0;
  let v15 = (-(v6));
  let v16 = v15 + 1.0f;
  W[u.B * u.T * 72 + i0 * 16 + i1 + u.B * 80] = bitcast<u32>(v13);
  W[u.B * u.T * 72 + i0 * 16 + i1 + u.B * 96] = bitcast<u32>(v14);
  W[u.B * u.T * 72 + i0 * 16 + i1 + u.B * 112] = bitcast<u32>(v16);
}

// ======== kernel run_6_matmul ========
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

// scan %14 body: %20 = matmul %19, %4  [u.B, 16] x [16, 16], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
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
  let quad0 = min(c0 + 0, 12);
  let quad1 = min(c0 + 4, 12);
  let quad2 = min(c0 + 8, 12);
  let quad3 = min(c0 + 12, 12);
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
    let q0 = bitcast<vec4f>(M[(kk * 16 + quad0 + 896) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 16 + quad1 + 896) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 16 + quad2 + 896) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 16 + quad3 + 896) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 72 + kk + row0 * 16 + u.B * 80]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 72 + kk + row1 * 16 + u.B * 80]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 72 + kk + row2 * 16 + u.B * 80]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 72 + kk + row3 * 16 + u.B * 80]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 72 + kk + row4 * 16 + u.B * 80]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 72 + kk + row5 * 16 + u.B * 80]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 72 + kk + row6 * 16 + u.B * 80]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 72 + kk + row7 * 16 + u.B * 80]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 72 + kk + row8 * 16 + u.B * 80]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 72 + kk + row9 * 16 + u.B * 80]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 72 + kk + row10 * 16 + u.B * 80]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 72 + kk + row11 * 16 + u.B * 80]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 72 + kk + row12 * 16 + u.B * 80]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 72 + kk + row13 * 16 + u.B * 80]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 72 + kk + row14 * 16 + u.B * 80]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 72 + kk + row15 * 16 + u.B * 80]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row0 * 16 + u.B * 48] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row1 * 16 + u.B * 48] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row2 * 16 + u.B * 48] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row3 * 16 + u.B * 48] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row4 * 16 + u.B * 48] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row5 * 16 + u.B * 48] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row6 * 16 + u.B * 48] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row7 * 16 + u.B * 48] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row8 * 16 + u.B * 48] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row9 * 16 + u.B * 48] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row10 * 16 + u.B * 48] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row11 * 16 + u.B * 48] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row12 * 16 + u.B * 48] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row13 * 16 + u.B * 48] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row14 * 16 + u.B * 48] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 16) { W[u.B * u.T * 72 + (quad0 + 0) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 16) { W[u.B * u.T * 72 + (quad0 + 1) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 16) { W[u.B * u.T * 72 + (quad0 + 2) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 16) { W[u.B * u.T * 72 + (quad0 + 3) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 16) { W[u.B * u.T * 72 + (quad1 + 0) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 16) { W[u.B * u.T * 72 + (quad1 + 1) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 16) { W[u.B * u.T * 72 + (quad1 + 2) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 16) { W[u.B * u.T * 72 + (quad1 + 3) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 16) { W[u.B * u.T * 72 + (quad2 + 0) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 16) { W[u.B * u.T * 72 + (quad2 + 1) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 16) { W[u.B * u.T * 72 + (quad2 + 2) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 16) { W[u.B * u.T * 72 + (quad2 + 3) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 16) { W[u.B * u.T * 72 + (quad3 + 0) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 16) { W[u.B * u.T * 72 + (quad3 + 1) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 16) { W[u.B * u.T * 72 + (quad3 + 2) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 16) { W[u.B * u.T * 72 + (quad3 + 3) + row15 * 16 + u.B * 48] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_7_fused ========
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

// fused elementwise kernel (6 kernels)  [u.B, 16]
//   scan %14 body: %21 = add %9, %20
//   scan %14 body: %22 = add %21, %5
//   scan %14 body: %23 = tanh %22
//   scan %14 body: %28 = mul %27, %23
//   scan %14 body: %29 = add %24, %28
//   %14 = scan: step output 'h' = %29 at t
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 16) { return; }
  var r_ = gid;
  let i1 = r_ % (16);
  r_ = r_ / (16);
  let i0 = r_;
  let v0 = bitcast<f32>(W[u.B * u.T * 72 + i0 * 16 + i1 + u.B * 96]);
  let v1 = bitcast<f32>(W[u.B * u.T * 72 + i0 * 16 + i1 + u.B * 112]);
  let v2 = bitcast<f32>(W[i0 * u.T * 48 + u.B * u.T * 8 + i1 + u.l0 * 48 + 32]);
  let v3 = bitcast<f32>(W[u.B * u.T * 72 + i0 * 16 + i1 + u.B * 48]);
  let v4 = v2 + v3;
  let v5 = bitcast<f32>(M[i1 + 1184]);
  let v6 = v4 + v5;
  let v7 = tanh(clamp(v6, -15.0f, 15.0f));
  let v8 = v1 * v7;
  let v9 = v0 + v8;
  W[u.B * u.T * 56 + i0 * 16 + i1] = bitcast<u32>(v9);
  W[i0 * u.T * 16 + u.B * u.T * 56 + i1 + u.B * 48 + u.l0 * 16] = bitcast<u32>(v9);
}

// ======== kernel run_8_matmul ========
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

// %26 = matmul %0, %25  [u.B * u.T, 8] x [8, 48], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B * u.T;
  let depth = 8;
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
  let quad0 = min(c0 + 0, 44);
  let quad1 = min(c0 + 4, 44);
  let quad2 = min(c0 + 8, 44);
  let quad3 = min(c0 + 12, 44);
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
    let q0 = bitcast<vec4f>(M[(kk * 48 + quad0 + 2912) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 48 + quad1 + 2912) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 48 + quad2 + 2912) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 48 + quad3 + 2912) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[kk + row0 * 8]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[kk + row1 * 8]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[kk + row2 * 8]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[kk + row3 * 8]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[kk + row4 * 8]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[kk + row5 * 8]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[kk + row6 * 8]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[kk + row7 * 8]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[kk + row8 * 8]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[kk + row9 * 8]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[kk + row10 * 8]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[kk + row11 * 8]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[kk + row12 * 8]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[kk + row13 * 8]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[kk + row14 * 8]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[kk + row15 * 8]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row0 * 48] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row0 * 48] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row0 * 48] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row0 * 48] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row0 * 48] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row0 * 48] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row0 * 48] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row0 * 48] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row0 * 48] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row0 * 48] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row0 * 48] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row0 * 48] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row0 * 48] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row0 * 48] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row0 * 48] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row0 * 48] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row1 * 48] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row1 * 48] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row1 * 48] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row1 * 48] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row1 * 48] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row1 * 48] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row1 * 48] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row1 * 48] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row1 * 48] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row1 * 48] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row1 * 48] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row1 * 48] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row1 * 48] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row1 * 48] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row1 * 48] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row1 * 48] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row2 * 48] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row2 * 48] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row2 * 48] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row2 * 48] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row2 * 48] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row2 * 48] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row2 * 48] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row2 * 48] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row2 * 48] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row2 * 48] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row2 * 48] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row2 * 48] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row2 * 48] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row2 * 48] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row2 * 48] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row2 * 48] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row3 * 48] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row3 * 48] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row3 * 48] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row3 * 48] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row3 * 48] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row3 * 48] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row3 * 48] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row3 * 48] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row3 * 48] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row3 * 48] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row3 * 48] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row3 * 48] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row3 * 48] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row3 * 48] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row3 * 48] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row3 * 48] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row4 * 48] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row4 * 48] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row4 * 48] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row4 * 48] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row4 * 48] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row4 * 48] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row4 * 48] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row4 * 48] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row4 * 48] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row4 * 48] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row4 * 48] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row4 * 48] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row4 * 48] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row4 * 48] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row4 * 48] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row4 * 48] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row5 * 48] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row5 * 48] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row5 * 48] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row5 * 48] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row5 * 48] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row5 * 48] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row5 * 48] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row5 * 48] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row5 * 48] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row5 * 48] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row5 * 48] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row5 * 48] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row5 * 48] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row5 * 48] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row5 * 48] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row5 * 48] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row6 * 48] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row6 * 48] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row6 * 48] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row6 * 48] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row6 * 48] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row6 * 48] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row6 * 48] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row6 * 48] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row6 * 48] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row6 * 48] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row6 * 48] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row6 * 48] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row6 * 48] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row6 * 48] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row6 * 48] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row6 * 48] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row7 * 48] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row7 * 48] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row7 * 48] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row7 * 48] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row7 * 48] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row7 * 48] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row7 * 48] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row7 * 48] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row7 * 48] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row7 * 48] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row7 * 48] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row7 * 48] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row7 * 48] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row7 * 48] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row7 * 48] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row7 * 48] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row8 * 48] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row8 * 48] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row8 * 48] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row8 * 48] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row8 * 48] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row8 * 48] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row8 * 48] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row8 * 48] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row8 * 48] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row8 * 48] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row8 * 48] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row8 * 48] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row8 * 48] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row8 * 48] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row8 * 48] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row8 * 48] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row9 * 48] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row9 * 48] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row9 * 48] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row9 * 48] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row9 * 48] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row9 * 48] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row9 * 48] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row9 * 48] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row9 * 48] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row9 * 48] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row9 * 48] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row9 * 48] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row9 * 48] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row9 * 48] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row9 * 48] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row9 * 48] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row10 * 48] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row10 * 48] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row10 * 48] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row10 * 48] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row10 * 48] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row10 * 48] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row10 * 48] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row10 * 48] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row10 * 48] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row10 * 48] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row10 * 48] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row10 * 48] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row10 * 48] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row10 * 48] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row10 * 48] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row10 * 48] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row11 * 48] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row11 * 48] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row11 * 48] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row11 * 48] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row11 * 48] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row11 * 48] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row11 * 48] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row11 * 48] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row11 * 48] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row11 * 48] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row11 * 48] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row11 * 48] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row11 * 48] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row11 * 48] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row11 * 48] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row11 * 48] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row12 * 48] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row12 * 48] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row12 * 48] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row12 * 48] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row12 * 48] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row12 * 48] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row12 * 48] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row12 * 48] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row12 * 48] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row12 * 48] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row12 * 48] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row12 * 48] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row12 * 48] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row12 * 48] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row12 * 48] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row12 * 48] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row13 * 48] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row13 * 48] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row13 * 48] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row13 * 48] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row13 * 48] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row13 * 48] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row13 * 48] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row13 * 48] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row13 * 48] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row13 * 48] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row13 * 48] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row13 * 48] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row13 * 48] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row13 * 48] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row13 * 48] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row13 * 48] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row14 * 48] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row14 * 48] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row14 * 48] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row14 * 48] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row14 * 48] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row14 * 48] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row14 * 48] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row14 * 48] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row14 * 48] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row14 * 48] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row14 * 48] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row14 * 48] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row14 * 48] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row14 * 48] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row14 * 48] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row14 * 48] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 8 + (quad0 + 0) + row15 * 48] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 8 + (quad0 + 1) + row15 * 48] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 8 + (quad0 + 2) + row15 * 48] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 8 + (quad0 + 3) + row15 * 48] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 8 + (quad1 + 0) + row15 * 48] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 8 + (quad1 + 1) + row15 * 48] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 8 + (quad1 + 2) + row15 * 48] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 8 + (quad1 + 3) + row15 * 48] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 8 + (quad2 + 0) + row15 * 48] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 8 + (quad2 + 1) + row15 * 48] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 8 + (quad2 + 2) + row15 * 48] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 8 + (quad2 + 3) + row15 * 48] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 8 + (quad3 + 0) + row15 * 48] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 8 + (quad3 + 1) + row15 * 48] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 8 + (quad3 + 2) + row15 * 48] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 8 + (quad3 + 3) + row15 * 48] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_9_matmul ========
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

// scan %28 body: %9 = matmul %0, %5  [u.B, 16] x [16, 48], 16 x 16 per invocation, weights 4 at a time
override MWG: u32 = 8u;
@compute @workgroup_size(MWG)
fn main(@builtin(global_invocation_id) g: vec3u, @builtin(workgroup_id) wid: vec3u) {
  let m = u.B;
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
  let quad0 = min(c0 + 0, 44);
  let quad1 = min(c0 + 4, 44);
  let quad2 = min(c0 + 8, 44);
  let quad3 = min(c0 + 12, 44);
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
    let q0 = bitcast<vec4f>(M[(kk * 48 + quad0 + 3296) / 4]);
    let w0 = q0.x; let w1 = q0.y; let w2 = q0.z; let w3 = q0.w;
    let q1 = bitcast<vec4f>(M[(kk * 48 + quad1 + 3296) / 4]);
    let w4 = q1.x; let w5 = q1.y; let w6 = q1.z; let w7 = q1.w;
    let q2 = bitcast<vec4f>(M[(kk * 48 + quad2 + 3296) / 4]);
    let w8 = q2.x; let w9 = q2.y; let w10 = q2.z; let w11 = q2.w;
    let q3 = bitcast<vec4f>(M[(kk * 48 + quad3 + 3296) / 4]);
    let w12 = q3.x; let w13 = q3.y; let w14 = q3.z; let w15 = q3.w;
    let x0 = bitcast<f32>(W[u.B * u.T * 72 + kk + row0 * 16 + u.B * 128]);
    a0_0 = a0_0 + x0 * w0; a0_1 = a0_1 + x0 * w1; a0_2 = a0_2 + x0 * w2; a0_3 = a0_3 + x0 * w3; a0_4 = a0_4 + x0 * w4; a0_5 = a0_5 + x0 * w5; a0_6 = a0_6 + x0 * w6; a0_7 = a0_7 + x0 * w7; a0_8 = a0_8 + x0 * w8; a0_9 = a0_9 + x0 * w9; a0_10 = a0_10 + x0 * w10; a0_11 = a0_11 + x0 * w11; a0_12 = a0_12 + x0 * w12; a0_13 = a0_13 + x0 * w13; a0_14 = a0_14 + x0 * w14; a0_15 = a0_15 + x0 * w15;
    let x1 = bitcast<f32>(W[u.B * u.T * 72 + kk + row1 * 16 + u.B * 128]);
    a1_0 = a1_0 + x1 * w0; a1_1 = a1_1 + x1 * w1; a1_2 = a1_2 + x1 * w2; a1_3 = a1_3 + x1 * w3; a1_4 = a1_4 + x1 * w4; a1_5 = a1_5 + x1 * w5; a1_6 = a1_6 + x1 * w6; a1_7 = a1_7 + x1 * w7; a1_8 = a1_8 + x1 * w8; a1_9 = a1_9 + x1 * w9; a1_10 = a1_10 + x1 * w10; a1_11 = a1_11 + x1 * w11; a1_12 = a1_12 + x1 * w12; a1_13 = a1_13 + x1 * w13; a1_14 = a1_14 + x1 * w14; a1_15 = a1_15 + x1 * w15;
    let x2 = bitcast<f32>(W[u.B * u.T * 72 + kk + row2 * 16 + u.B * 128]);
    a2_0 = a2_0 + x2 * w0; a2_1 = a2_1 + x2 * w1; a2_2 = a2_2 + x2 * w2; a2_3 = a2_3 + x2 * w3; a2_4 = a2_4 + x2 * w4; a2_5 = a2_5 + x2 * w5; a2_6 = a2_6 + x2 * w6; a2_7 = a2_7 + x2 * w7; a2_8 = a2_8 + x2 * w8; a2_9 = a2_9 + x2 * w9; a2_10 = a2_10 + x2 * w10; a2_11 = a2_11 + x2 * w11; a2_12 = a2_12 + x2 * w12; a2_13 = a2_13 + x2 * w13; a2_14 = a2_14 + x2 * w14; a2_15 = a2_15 + x2 * w15;
    let x3 = bitcast<f32>(W[u.B * u.T * 72 + kk + row3 * 16 + u.B * 128]);
    a3_0 = a3_0 + x3 * w0; a3_1 = a3_1 + x3 * w1; a3_2 = a3_2 + x3 * w2; a3_3 = a3_3 + x3 * w3; a3_4 = a3_4 + x3 * w4; a3_5 = a3_5 + x3 * w5; a3_6 = a3_6 + x3 * w6; a3_7 = a3_7 + x3 * w7; a3_8 = a3_8 + x3 * w8; a3_9 = a3_9 + x3 * w9; a3_10 = a3_10 + x3 * w10; a3_11 = a3_11 + x3 * w11; a3_12 = a3_12 + x3 * w12; a3_13 = a3_13 + x3 * w13; a3_14 = a3_14 + x3 * w14; a3_15 = a3_15 + x3 * w15;
    let x4 = bitcast<f32>(W[u.B * u.T * 72 + kk + row4 * 16 + u.B * 128]);
    a4_0 = a4_0 + x4 * w0; a4_1 = a4_1 + x4 * w1; a4_2 = a4_2 + x4 * w2; a4_3 = a4_3 + x4 * w3; a4_4 = a4_4 + x4 * w4; a4_5 = a4_5 + x4 * w5; a4_6 = a4_6 + x4 * w6; a4_7 = a4_7 + x4 * w7; a4_8 = a4_8 + x4 * w8; a4_9 = a4_9 + x4 * w9; a4_10 = a4_10 + x4 * w10; a4_11 = a4_11 + x4 * w11; a4_12 = a4_12 + x4 * w12; a4_13 = a4_13 + x4 * w13; a4_14 = a4_14 + x4 * w14; a4_15 = a4_15 + x4 * w15;
    let x5 = bitcast<f32>(W[u.B * u.T * 72 + kk + row5 * 16 + u.B * 128]);
    a5_0 = a5_0 + x5 * w0; a5_1 = a5_1 + x5 * w1; a5_2 = a5_2 + x5 * w2; a5_3 = a5_3 + x5 * w3; a5_4 = a5_4 + x5 * w4; a5_5 = a5_5 + x5 * w5; a5_6 = a5_6 + x5 * w6; a5_7 = a5_7 + x5 * w7; a5_8 = a5_8 + x5 * w8; a5_9 = a5_9 + x5 * w9; a5_10 = a5_10 + x5 * w10; a5_11 = a5_11 + x5 * w11; a5_12 = a5_12 + x5 * w12; a5_13 = a5_13 + x5 * w13; a5_14 = a5_14 + x5 * w14; a5_15 = a5_15 + x5 * w15;
    let x6 = bitcast<f32>(W[u.B * u.T * 72 + kk + row6 * 16 + u.B * 128]);
    a6_0 = a6_0 + x6 * w0; a6_1 = a6_1 + x6 * w1; a6_2 = a6_2 + x6 * w2; a6_3 = a6_3 + x6 * w3; a6_4 = a6_4 + x6 * w4; a6_5 = a6_5 + x6 * w5; a6_6 = a6_6 + x6 * w6; a6_7 = a6_7 + x6 * w7; a6_8 = a6_8 + x6 * w8; a6_9 = a6_9 + x6 * w9; a6_10 = a6_10 + x6 * w10; a6_11 = a6_11 + x6 * w11; a6_12 = a6_12 + x6 * w12; a6_13 = a6_13 + x6 * w13; a6_14 = a6_14 + x6 * w14; a6_15 = a6_15 + x6 * w15;
    let x7 = bitcast<f32>(W[u.B * u.T * 72 + kk + row7 * 16 + u.B * 128]);
    a7_0 = a7_0 + x7 * w0; a7_1 = a7_1 + x7 * w1; a7_2 = a7_2 + x7 * w2; a7_3 = a7_3 + x7 * w3; a7_4 = a7_4 + x7 * w4; a7_5 = a7_5 + x7 * w5; a7_6 = a7_6 + x7 * w6; a7_7 = a7_7 + x7 * w7; a7_8 = a7_8 + x7 * w8; a7_9 = a7_9 + x7 * w9; a7_10 = a7_10 + x7 * w10; a7_11 = a7_11 + x7 * w11; a7_12 = a7_12 + x7 * w12; a7_13 = a7_13 + x7 * w13; a7_14 = a7_14 + x7 * w14; a7_15 = a7_15 + x7 * w15;
    let x8 = bitcast<f32>(W[u.B * u.T * 72 + kk + row8 * 16 + u.B * 128]);
    a8_0 = a8_0 + x8 * w0; a8_1 = a8_1 + x8 * w1; a8_2 = a8_2 + x8 * w2; a8_3 = a8_3 + x8 * w3; a8_4 = a8_4 + x8 * w4; a8_5 = a8_5 + x8 * w5; a8_6 = a8_6 + x8 * w6; a8_7 = a8_7 + x8 * w7; a8_8 = a8_8 + x8 * w8; a8_9 = a8_9 + x8 * w9; a8_10 = a8_10 + x8 * w10; a8_11 = a8_11 + x8 * w11; a8_12 = a8_12 + x8 * w12; a8_13 = a8_13 + x8 * w13; a8_14 = a8_14 + x8 * w14; a8_15 = a8_15 + x8 * w15;
    let x9 = bitcast<f32>(W[u.B * u.T * 72 + kk + row9 * 16 + u.B * 128]);
    a9_0 = a9_0 + x9 * w0; a9_1 = a9_1 + x9 * w1; a9_2 = a9_2 + x9 * w2; a9_3 = a9_3 + x9 * w3; a9_4 = a9_4 + x9 * w4; a9_5 = a9_5 + x9 * w5; a9_6 = a9_6 + x9 * w6; a9_7 = a9_7 + x9 * w7; a9_8 = a9_8 + x9 * w8; a9_9 = a9_9 + x9 * w9; a9_10 = a9_10 + x9 * w10; a9_11 = a9_11 + x9 * w11; a9_12 = a9_12 + x9 * w12; a9_13 = a9_13 + x9 * w13; a9_14 = a9_14 + x9 * w14; a9_15 = a9_15 + x9 * w15;
    let x10 = bitcast<f32>(W[u.B * u.T * 72 + kk + row10 * 16 + u.B * 128]);
    a10_0 = a10_0 + x10 * w0; a10_1 = a10_1 + x10 * w1; a10_2 = a10_2 + x10 * w2; a10_3 = a10_3 + x10 * w3; a10_4 = a10_4 + x10 * w4; a10_5 = a10_5 + x10 * w5; a10_6 = a10_6 + x10 * w6; a10_7 = a10_7 + x10 * w7; a10_8 = a10_8 + x10 * w8; a10_9 = a10_9 + x10 * w9; a10_10 = a10_10 + x10 * w10; a10_11 = a10_11 + x10 * w11; a10_12 = a10_12 + x10 * w12; a10_13 = a10_13 + x10 * w13; a10_14 = a10_14 + x10 * w14; a10_15 = a10_15 + x10 * w15;
    let x11 = bitcast<f32>(W[u.B * u.T * 72 + kk + row11 * 16 + u.B * 128]);
    a11_0 = a11_0 + x11 * w0; a11_1 = a11_1 + x11 * w1; a11_2 = a11_2 + x11 * w2; a11_3 = a11_3 + x11 * w3; a11_4 = a11_4 + x11 * w4; a11_5 = a11_5 + x11 * w5; a11_6 = a11_6 + x11 * w6; a11_7 = a11_7 + x11 * w7; a11_8 = a11_8 + x11 * w8; a11_9 = a11_9 + x11 * w9; a11_10 = a11_10 + x11 * w10; a11_11 = a11_11 + x11 * w11; a11_12 = a11_12 + x11 * w12; a11_13 = a11_13 + x11 * w13; a11_14 = a11_14 + x11 * w14; a11_15 = a11_15 + x11 * w15;
    let x12 = bitcast<f32>(W[u.B * u.T * 72 + kk + row12 * 16 + u.B * 128]);
    a12_0 = a12_0 + x12 * w0; a12_1 = a12_1 + x12 * w1; a12_2 = a12_2 + x12 * w2; a12_3 = a12_3 + x12 * w3; a12_4 = a12_4 + x12 * w4; a12_5 = a12_5 + x12 * w5; a12_6 = a12_6 + x12 * w6; a12_7 = a12_7 + x12 * w7; a12_8 = a12_8 + x12 * w8; a12_9 = a12_9 + x12 * w9; a12_10 = a12_10 + x12 * w10; a12_11 = a12_11 + x12 * w11; a12_12 = a12_12 + x12 * w12; a12_13 = a12_13 + x12 * w13; a12_14 = a12_14 + x12 * w14; a12_15 = a12_15 + x12 * w15;
    let x13 = bitcast<f32>(W[u.B * u.T * 72 + kk + row13 * 16 + u.B * 128]);
    a13_0 = a13_0 + x13 * w0; a13_1 = a13_1 + x13 * w1; a13_2 = a13_2 + x13 * w2; a13_3 = a13_3 + x13 * w3; a13_4 = a13_4 + x13 * w4; a13_5 = a13_5 + x13 * w5; a13_6 = a13_6 + x13 * w6; a13_7 = a13_7 + x13 * w7; a13_8 = a13_8 + x13 * w8; a13_9 = a13_9 + x13 * w9; a13_10 = a13_10 + x13 * w10; a13_11 = a13_11 + x13 * w11; a13_12 = a13_12 + x13 * w12; a13_13 = a13_13 + x13 * w13; a13_14 = a13_14 + x13 * w14; a13_15 = a13_15 + x13 * w15;
    let x14 = bitcast<f32>(W[u.B * u.T * 72 + kk + row14 * 16 + u.B * 128]);
    a14_0 = a14_0 + x14 * w0; a14_1 = a14_1 + x14 * w1; a14_2 = a14_2 + x14 * w2; a14_3 = a14_3 + x14 * w3; a14_4 = a14_4 + x14 * w4; a14_5 = a14_5 + x14 * w5; a14_6 = a14_6 + x14 * w6; a14_7 = a14_7 + x14 * w7; a14_8 = a14_8 + x14 * w8; a14_9 = a14_9 + x14 * w9; a14_10 = a14_10 + x14 * w10; a14_11 = a14_11 + x14 * w11; a14_12 = a14_12 + x14 * w12; a14_13 = a14_13 + x14 * w13; a14_14 = a14_14 + x14 * w14; a14_15 = a14_15 + x14 * w15;
    let x15 = bitcast<f32>(W[u.B * u.T * 72 + kk + row15 * 16 + u.B * 128]);
    a15_0 = a15_0 + x15 * w0; a15_1 = a15_1 + x15 * w1; a15_2 = a15_2 + x15 * w2; a15_3 = a15_3 + x15 * w3; a15_4 = a15_4 + x15 * w4; a15_5 = a15_5 + x15 * w5; a15_6 = a15_6 + x15 * w6; a15_7 = a15_7 + x15 * w7; a15_8 = a15_8 + x15 * w8; a15_9 = a15_9 + x15 * w9; a15_10 = a15_10 + x15 * w10; a15_11 = a15_11 + x15 * w11; a15_12 = a15_12 + x15 * w12; a15_13 = a15_13 + x15 * w13; a15_14 = a15_14 + x15 * w14; a15_15 = a15_15 + x15 * w15;
  }
  if (r0 + 0 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row0 * 48] = bitcast<u32>(a0_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row0 * 48] = bitcast<u32>(a0_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row0 * 48] = bitcast<u32>(a0_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row0 * 48] = bitcast<u32>(a0_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row0 * 48] = bitcast<u32>(a0_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row0 * 48] = bitcast<u32>(a0_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row0 * 48] = bitcast<u32>(a0_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row0 * 48] = bitcast<u32>(a0_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row0 * 48] = bitcast<u32>(a0_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row0 * 48] = bitcast<u32>(a0_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row0 * 48] = bitcast<u32>(a0_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row0 * 48] = bitcast<u32>(a0_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row0 * 48] = bitcast<u32>(a0_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row0 * 48] = bitcast<u32>(a0_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row0 * 48] = bitcast<u32>(a0_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row0 * 48] = bitcast<u32>(a0_15); }
  }
  if (r0 + 1 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row1 * 48] = bitcast<u32>(a1_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row1 * 48] = bitcast<u32>(a1_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row1 * 48] = bitcast<u32>(a1_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row1 * 48] = bitcast<u32>(a1_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row1 * 48] = bitcast<u32>(a1_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row1 * 48] = bitcast<u32>(a1_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row1 * 48] = bitcast<u32>(a1_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row1 * 48] = bitcast<u32>(a1_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row1 * 48] = bitcast<u32>(a1_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row1 * 48] = bitcast<u32>(a1_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row1 * 48] = bitcast<u32>(a1_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row1 * 48] = bitcast<u32>(a1_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row1 * 48] = bitcast<u32>(a1_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row1 * 48] = bitcast<u32>(a1_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row1 * 48] = bitcast<u32>(a1_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row1 * 48] = bitcast<u32>(a1_15); }
  }
  if (r0 + 2 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row2 * 48] = bitcast<u32>(a2_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row2 * 48] = bitcast<u32>(a2_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row2 * 48] = bitcast<u32>(a2_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row2 * 48] = bitcast<u32>(a2_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row2 * 48] = bitcast<u32>(a2_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row2 * 48] = bitcast<u32>(a2_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row2 * 48] = bitcast<u32>(a2_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row2 * 48] = bitcast<u32>(a2_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row2 * 48] = bitcast<u32>(a2_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row2 * 48] = bitcast<u32>(a2_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row2 * 48] = bitcast<u32>(a2_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row2 * 48] = bitcast<u32>(a2_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row2 * 48] = bitcast<u32>(a2_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row2 * 48] = bitcast<u32>(a2_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row2 * 48] = bitcast<u32>(a2_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row2 * 48] = bitcast<u32>(a2_15); }
  }
  if (r0 + 3 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row3 * 48] = bitcast<u32>(a3_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row3 * 48] = bitcast<u32>(a3_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row3 * 48] = bitcast<u32>(a3_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row3 * 48] = bitcast<u32>(a3_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row3 * 48] = bitcast<u32>(a3_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row3 * 48] = bitcast<u32>(a3_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row3 * 48] = bitcast<u32>(a3_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row3 * 48] = bitcast<u32>(a3_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row3 * 48] = bitcast<u32>(a3_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row3 * 48] = bitcast<u32>(a3_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row3 * 48] = bitcast<u32>(a3_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row3 * 48] = bitcast<u32>(a3_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row3 * 48] = bitcast<u32>(a3_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row3 * 48] = bitcast<u32>(a3_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row3 * 48] = bitcast<u32>(a3_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row3 * 48] = bitcast<u32>(a3_15); }
  }
  if (r0 + 4 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row4 * 48] = bitcast<u32>(a4_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row4 * 48] = bitcast<u32>(a4_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row4 * 48] = bitcast<u32>(a4_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row4 * 48] = bitcast<u32>(a4_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row4 * 48] = bitcast<u32>(a4_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row4 * 48] = bitcast<u32>(a4_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row4 * 48] = bitcast<u32>(a4_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row4 * 48] = bitcast<u32>(a4_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row4 * 48] = bitcast<u32>(a4_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row4 * 48] = bitcast<u32>(a4_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row4 * 48] = bitcast<u32>(a4_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row4 * 48] = bitcast<u32>(a4_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row4 * 48] = bitcast<u32>(a4_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row4 * 48] = bitcast<u32>(a4_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row4 * 48] = bitcast<u32>(a4_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row4 * 48] = bitcast<u32>(a4_15); }
  }
  if (r0 + 5 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row5 * 48] = bitcast<u32>(a5_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row5 * 48] = bitcast<u32>(a5_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row5 * 48] = bitcast<u32>(a5_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row5 * 48] = bitcast<u32>(a5_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row5 * 48] = bitcast<u32>(a5_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row5 * 48] = bitcast<u32>(a5_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row5 * 48] = bitcast<u32>(a5_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row5 * 48] = bitcast<u32>(a5_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row5 * 48] = bitcast<u32>(a5_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row5 * 48] = bitcast<u32>(a5_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row5 * 48] = bitcast<u32>(a5_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row5 * 48] = bitcast<u32>(a5_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row5 * 48] = bitcast<u32>(a5_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row5 * 48] = bitcast<u32>(a5_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row5 * 48] = bitcast<u32>(a5_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row5 * 48] = bitcast<u32>(a5_15); }
  }
  if (r0 + 6 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row6 * 48] = bitcast<u32>(a6_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row6 * 48] = bitcast<u32>(a6_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row6 * 48] = bitcast<u32>(a6_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row6 * 48] = bitcast<u32>(a6_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row6 * 48] = bitcast<u32>(a6_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row6 * 48] = bitcast<u32>(a6_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row6 * 48] = bitcast<u32>(a6_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row6 * 48] = bitcast<u32>(a6_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row6 * 48] = bitcast<u32>(a6_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row6 * 48] = bitcast<u32>(a6_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row6 * 48] = bitcast<u32>(a6_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row6 * 48] = bitcast<u32>(a6_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row6 * 48] = bitcast<u32>(a6_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row6 * 48] = bitcast<u32>(a6_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row6 * 48] = bitcast<u32>(a6_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row6 * 48] = bitcast<u32>(a6_15); }
  }
  if (r0 + 7 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row7 * 48] = bitcast<u32>(a7_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row7 * 48] = bitcast<u32>(a7_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row7 * 48] = bitcast<u32>(a7_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row7 * 48] = bitcast<u32>(a7_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row7 * 48] = bitcast<u32>(a7_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row7 * 48] = bitcast<u32>(a7_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row7 * 48] = bitcast<u32>(a7_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row7 * 48] = bitcast<u32>(a7_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row7 * 48] = bitcast<u32>(a7_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row7 * 48] = bitcast<u32>(a7_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row7 * 48] = bitcast<u32>(a7_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row7 * 48] = bitcast<u32>(a7_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row7 * 48] = bitcast<u32>(a7_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row7 * 48] = bitcast<u32>(a7_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row7 * 48] = bitcast<u32>(a7_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row7 * 48] = bitcast<u32>(a7_15); }
  }
  if (r0 + 8 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row8 * 48] = bitcast<u32>(a8_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row8 * 48] = bitcast<u32>(a8_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row8 * 48] = bitcast<u32>(a8_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row8 * 48] = bitcast<u32>(a8_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row8 * 48] = bitcast<u32>(a8_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row8 * 48] = bitcast<u32>(a8_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row8 * 48] = bitcast<u32>(a8_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row8 * 48] = bitcast<u32>(a8_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row8 * 48] = bitcast<u32>(a8_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row8 * 48] = bitcast<u32>(a8_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row8 * 48] = bitcast<u32>(a8_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row8 * 48] = bitcast<u32>(a8_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row8 * 48] = bitcast<u32>(a8_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row8 * 48] = bitcast<u32>(a8_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row8 * 48] = bitcast<u32>(a8_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row8 * 48] = bitcast<u32>(a8_15); }
  }
  if (r0 + 9 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row9 * 48] = bitcast<u32>(a9_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row9 * 48] = bitcast<u32>(a9_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row9 * 48] = bitcast<u32>(a9_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row9 * 48] = bitcast<u32>(a9_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row9 * 48] = bitcast<u32>(a9_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row9 * 48] = bitcast<u32>(a9_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row9 * 48] = bitcast<u32>(a9_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row9 * 48] = bitcast<u32>(a9_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row9 * 48] = bitcast<u32>(a9_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row9 * 48] = bitcast<u32>(a9_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row9 * 48] = bitcast<u32>(a9_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row9 * 48] = bitcast<u32>(a9_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row9 * 48] = bitcast<u32>(a9_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row9 * 48] = bitcast<u32>(a9_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row9 * 48] = bitcast<u32>(a9_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row9 * 48] = bitcast<u32>(a9_15); }
  }
  if (r0 + 10 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row10 * 48] = bitcast<u32>(a10_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row10 * 48] = bitcast<u32>(a10_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row10 * 48] = bitcast<u32>(a10_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row10 * 48] = bitcast<u32>(a10_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row10 * 48] = bitcast<u32>(a10_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row10 * 48] = bitcast<u32>(a10_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row10 * 48] = bitcast<u32>(a10_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row10 * 48] = bitcast<u32>(a10_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row10 * 48] = bitcast<u32>(a10_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row10 * 48] = bitcast<u32>(a10_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row10 * 48] = bitcast<u32>(a10_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row10 * 48] = bitcast<u32>(a10_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row10 * 48] = bitcast<u32>(a10_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row10 * 48] = bitcast<u32>(a10_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row10 * 48] = bitcast<u32>(a10_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row10 * 48] = bitcast<u32>(a10_15); }
  }
  if (r0 + 11 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row11 * 48] = bitcast<u32>(a11_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row11 * 48] = bitcast<u32>(a11_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row11 * 48] = bitcast<u32>(a11_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row11 * 48] = bitcast<u32>(a11_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row11 * 48] = bitcast<u32>(a11_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row11 * 48] = bitcast<u32>(a11_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row11 * 48] = bitcast<u32>(a11_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row11 * 48] = bitcast<u32>(a11_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row11 * 48] = bitcast<u32>(a11_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row11 * 48] = bitcast<u32>(a11_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row11 * 48] = bitcast<u32>(a11_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row11 * 48] = bitcast<u32>(a11_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row11 * 48] = bitcast<u32>(a11_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row11 * 48] = bitcast<u32>(a11_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row11 * 48] = bitcast<u32>(a11_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row11 * 48] = bitcast<u32>(a11_15); }
  }
  if (r0 + 12 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row12 * 48] = bitcast<u32>(a12_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row12 * 48] = bitcast<u32>(a12_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row12 * 48] = bitcast<u32>(a12_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row12 * 48] = bitcast<u32>(a12_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row12 * 48] = bitcast<u32>(a12_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row12 * 48] = bitcast<u32>(a12_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row12 * 48] = bitcast<u32>(a12_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row12 * 48] = bitcast<u32>(a12_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row12 * 48] = bitcast<u32>(a12_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row12 * 48] = bitcast<u32>(a12_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row12 * 48] = bitcast<u32>(a12_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row12 * 48] = bitcast<u32>(a12_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row12 * 48] = bitcast<u32>(a12_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row12 * 48] = bitcast<u32>(a12_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row12 * 48] = bitcast<u32>(a12_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row12 * 48] = bitcast<u32>(a12_15); }
  }
  if (r0 + 13 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row13 * 48] = bitcast<u32>(a13_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row13 * 48] = bitcast<u32>(a13_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row13 * 48] = bitcast<u32>(a13_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row13 * 48] = bitcast<u32>(a13_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row13 * 48] = bitcast<u32>(a13_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row13 * 48] = bitcast<u32>(a13_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row13 * 48] = bitcast<u32>(a13_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row13 * 48] = bitcast<u32>(a13_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row13 * 48] = bitcast<u32>(a13_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row13 * 48] = bitcast<u32>(a13_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row13 * 48] = bitcast<u32>(a13_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row13 * 48] = bitcast<u32>(a13_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row13 * 48] = bitcast<u32>(a13_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row13 * 48] = bitcast<u32>(a13_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row13 * 48] = bitcast<u32>(a13_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row13 * 48] = bitcast<u32>(a13_15); }
  }
  if (r0 + 14 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row14 * 48] = bitcast<u32>(a14_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row14 * 48] = bitcast<u32>(a14_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row14 * 48] = bitcast<u32>(a14_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row14 * 48] = bitcast<u32>(a14_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row14 * 48] = bitcast<u32>(a14_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row14 * 48] = bitcast<u32>(a14_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row14 * 48] = bitcast<u32>(a14_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row14 * 48] = bitcast<u32>(a14_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row14 * 48] = bitcast<u32>(a14_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row14 * 48] = bitcast<u32>(a14_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row14 * 48] = bitcast<u32>(a14_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row14 * 48] = bitcast<u32>(a14_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row14 * 48] = bitcast<u32>(a14_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row14 * 48] = bitcast<u32>(a14_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row14 * 48] = bitcast<u32>(a14_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row14 * 48] = bitcast<u32>(a14_15); }
  }
  if (r0 + 15 < m) {
    if (c0 + 0 < 48) { W[u.B * u.T * 56 + (quad0 + 0) + row15 * 48] = bitcast<u32>(a15_0); }
    if (c0 + 1 < 48) { W[u.B * u.T * 56 + (quad0 + 1) + row15 * 48] = bitcast<u32>(a15_1); }
    if (c0 + 2 < 48) { W[u.B * u.T * 56 + (quad0 + 2) + row15 * 48] = bitcast<u32>(a15_2); }
    if (c0 + 3 < 48) { W[u.B * u.T * 56 + (quad0 + 3) + row15 * 48] = bitcast<u32>(a15_3); }
    if (c0 + 4 < 48) { W[u.B * u.T * 56 + (quad1 + 0) + row15 * 48] = bitcast<u32>(a15_4); }
    if (c0 + 5 < 48) { W[u.B * u.T * 56 + (quad1 + 1) + row15 * 48] = bitcast<u32>(a15_5); }
    if (c0 + 6 < 48) { W[u.B * u.T * 56 + (quad1 + 2) + row15 * 48] = bitcast<u32>(a15_6); }
    if (c0 + 7 < 48) { W[u.B * u.T * 56 + (quad1 + 3) + row15 * 48] = bitcast<u32>(a15_7); }
    if (c0 + 8 < 48) { W[u.B * u.T * 56 + (quad2 + 0) + row15 * 48] = bitcast<u32>(a15_8); }
    if (c0 + 9 < 48) { W[u.B * u.T * 56 + (quad2 + 1) + row15 * 48] = bitcast<u32>(a15_9); }
    if (c0 + 10 < 48) { W[u.B * u.T * 56 + (quad2 + 2) + row15 * 48] = bitcast<u32>(a15_10); }
    if (c0 + 11 < 48) { W[u.B * u.T * 56 + (quad2 + 3) + row15 * 48] = bitcast<u32>(a15_11); }
    if (c0 + 12 < 48) { W[u.B * u.T * 56 + (quad3 + 0) + row15 * 48] = bitcast<u32>(a15_12); }
    if (c0 + 13 < 48) { W[u.B * u.T * 56 + (quad3 + 1) + row15 * 48] = bitcast<u32>(a15_13); }
    if (c0 + 14 < 48) { W[u.B * u.T * 56 + (quad3 + 2) + row15 * 48] = bitcast<u32>(a15_14); }
    if (c0 + 15 < 48) { W[u.B * u.T * 56 + (quad3 + 3) + row15 * 48] = bitcast<u32>(a15_15); }
  }
}

// ======== kernel run_10_fused ========
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

// fused elementwise kernel (15 kernels)  [u.B, 16]
//   scan %28 body: %13 = add %6, %10
//   scan %28 body: %14 = add %13, %2
//   scan %28 body: %15 = sigmoid %14
//   scan %28 body: %16 = add %7, %11
//   scan %28 body: %17 = add %16, %3
//   scan %28 body: %18 = sigmoid %17
//   scan %28 body: %19 = add %8, %4
//   scan %28 body: %20 = mul %18, %12
//   scan %28 body: %21 = add %19, %20
//   scan %28 body: %22 = tanh %21
//   scan %28 body: %23 = mul %15, %0
//   scan %28 body: %24 = neg %15
//   scan %28 body: %26 = add %24, %25
//   scan %28 body: %27 = mul %26, %22
//   scan %28 body: %28 = add %23, %27
override WG: u32 = 64u;
@compute @workgroup_size(WG)
fn main(@builtin(workgroup_id) wid: vec3u, @builtin(num_workgroups) nwg: vec3u, @builtin(local_invocation_index) lid: u32) {
  let gid = i32((wid.y * nwg.x + wid.x) * WG + lid);
  if (gid >= u.B * 16) { return; }
  var r_ = gid;
  let i1 = r_ % (16);
  r_ = r_ / (16);
  let i0 = r_;
  let v0 = bitcast<f32>(W[i0 * u.T * 48 + u.B * u.T * 8 + i1 + u.l0 * 48]);
  let v1 = bitcast<f32>(W[u.B * u.T * 56 + i0 * 48 + i1]);
  let v2 = v0 + v1;
  let v3 = bitcast<f32>(M[i1 + 2352]);
  let v4 = v2 + v3;
  let v5 = (1.0f / (1.0f + exp(-(v4))));
  let v6 = bitcast<f32>(W[u.B * u.T * 72 + i0 * 16 + i1 + u.B * 128]);
  let v7 = v5 * v6;
  let v8 = (-(v5));
  let v9 = v8 + 1.0f;
  let v10 = bitcast<f32>(W[i0 * u.T * 48 + u.B * u.T * 8 + i1 + u.l0 * 48 + 32]);
  let v11 = bitcast<f32>(M[i1 + 2384]);
  let v12 = v10 + v11;
  let v13 = bitcast<f32>(W[i0 * u.T * 48 + u.B * u.T * 8 + i1 + u.l0 * 48 + 16]);
  let v14 = bitcast<f32>(W[u.B * u.T * 56 + i0 * 48 + i1 + 16]);
  let v15 = v13 + v14;
  let v16 = bitcast<f32>(M[i1 + 2368]);
  let v17 = v15 + v16;
  let v18 = (1.0f / (1.0f + exp(-(v17))));
  let v19 = bitcast<f32>(W[u.B * u.T * 56 + i0 * 48 + i1 + 32]);
  let v20 = v18 * v19;
  let v21 = v12 + v20;
  let v22 = tanh(clamp(v21, -15.0f, 15.0f));
  let v23 = v9 * v22;
  let v24 = v7 + v23;
  W[u.B * u.T * 72 + i0 * 16 + i1 + u.B * 128] = bitcast<u32>(v24);
}
